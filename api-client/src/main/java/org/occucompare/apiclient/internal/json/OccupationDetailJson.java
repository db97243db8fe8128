package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One occupation in the body. Every section is nullable: a section that was not requested is absent or null, and the
 * caller, not this record, decides whether that means "not requested" or "no data". Key casing is matched
 * case-insensitively by {@link ResponseParser}, so {@code Dwas} and {@code DWAs} both land in {@link #dwas()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OccupationDetailJson(
        @Nullable String onetTitle,
        @Nullable String onetCode,
        @Nullable String onetDescription,
        @Nullable WagesJson wages,
        @Nullable SocReferenceJson socWageInfo,
        @Nullable SocReferenceJson socInfo,
        @Nullable String brightOutlook,
        @Nullable String brightOutlookCategory,
        @Nullable String green,
        @Nullable String cosVideoUrl,
        @Nullable EducationTrainingJson educationTraining,
        @Nullable List<@Nullable TaskJson> tasks,
        @JsonAlias("DwaList") @Nullable List<@Nullable DwaJson> dwas,
        @Nullable List<@Nullable String> alternateTitles,
        @JsonDeserialize(using = RelatedTitlesDeserializer.class) @Nullable List<RelatedTitleJson> relatedOnetTitles,
        @Nullable List<@Nullable DescriptorJson> skillsDataList,
        @Nullable List<@Nullable DescriptorJson> knowledgeDataList,
        @Nullable List<@Nullable DescriptorJson> abilityDataList,
        @Nullable List<@Nullable DescriptorJson> interestDataList,
        @JsonAlias("Videos") @Nullable List<@Nullable VideoJson> video,
        @Nullable ProjectionsJson projections,
        @Nullable List<@Nullable OohJson> oohs,
        @Nullable StateResourcesLinksJson stateResourcesLinks,
        @Nullable List<@Nullable TrainingProgramJson> trainingPrograms,
        @JsonAlias({"ToolsAndTechnologyDetails", "ToolsAndTechnology"})
                @Nullable List<@Nullable ToolsAndTechJson> toolsAndTechOccupationDetails,
        @JsonAlias("WorkValues") @Nullable List<@Nullable WorkValueJson> workValuesOccupationDetails,
        @Nullable String stFips,
        @Nullable String location) {}
