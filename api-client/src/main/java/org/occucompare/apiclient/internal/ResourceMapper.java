package org.occucompare.apiclient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.occucompare.apiclient.internal.json.EducationTrainingJson;
import org.occucompare.apiclient.internal.json.EducationTypeJson;
import org.occucompare.apiclient.internal.json.MatOccupationJson;
import org.occucompare.apiclient.internal.json.OccupationDetailJson;
import org.occucompare.apiclient.internal.json.OohJson;
import org.occucompare.apiclient.internal.json.SocReferenceJson;
import org.occucompare.apiclient.internal.json.StateWebResourceJson;
import org.occucompare.apiclient.internal.json.TrainingProgramJson;
import org.occucompare.apiclient.internal.json.VideoJson;
import org.occucompare.core.model.AttainmentShare;
import org.occucompare.core.model.CareerVideo;
import org.occucompare.core.model.CodedValue;
import org.occucompare.core.model.EducationTraining;
import org.occucompare.core.model.Link;
import org.occucompare.core.model.Resources;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.StateLmiLink;
import org.occucompare.core.model.TrainingProgram;

/** Maps education and training, and the links and extras ({@link Resources}), each only when requested. */
final class ResourceMapper {
    /** A training program written as {@code "51.3801 Registered Nursing/Registered Nurse."}. */
    private static final Pattern CIP_PREFIX = Pattern.compile("(\\d{2}\\.\\d{4})\\s*[-–:]?\\s*(.+)");

    private ResourceMapper() {
    }

    static Optional<EducationTraining> education(@Nullable EducationTrainingJson json) {
        if (json == null) {
            return Optional.empty();
        }
        List<AttainmentShare> attainment = new ArrayList<>();
        for (EducationTypeJson level : Texts.items(json.educationType())) {
            Texts.text(level.educationLevel()).ifPresent(name ->
                    attainment.add(new AttainmentShare(name, Texts.within(level.value(), 0, 100))));
        }
        MatOccupationJson matrix = json.matOccupation();
        Optional<SocReference> matrixOccupation = matrix == null ? Optional.empty()
                : WageMapper.socReference(new SocReferenceJson(matrix.matOccCode(), matrix.matOccTitle(), null));
        return Optional.of(new EducationTraining(coded(json.educationCode(), json.educationTitle()),
                coded(json.experienceCode(), json.experienceTitle()), coded(json.trainingCode(), json.trainingTitle()),
                attainment, matrixOccupation, OptionalInt.empty()));
    }

    static Resources resources(OccupationDetailJson detail, Set<Section> requested) {
        List<Link> handbooks = List.of();
        if (requested.contains(Section.OUTLOOK_HANDBOOK)) {
            handbooks = Texts.items(detail.oohs()).stream()
                    .filter(ooh -> Texts.text(ooh.oohUrl()).isPresent())
                    .map(ResourceMapper::link)
                    .distinct()
                    .toList();
        }
        List<StateLmiLink> lmiLinks = new ArrayList<>();
        if (requested.contains(Section.STATE_LMI_LINKS) && detail.stateResourcesLinks() != null) {
            for (StateWebResourceJson link : Texts.items(detail.stateResourcesLinks().stateWebResource())) {
                Texts.text(link.url()).ifPresent(url -> lmiLinks.add(new StateLmiLink(Texts.orEmpty(link.title()), url,
                        Texts.orEmpty(link.type()), Texts.orEmpty(link.stateName()))));
            }
        }
        Optional<String> videoUrl = Optional.empty();
        List<CareerVideo> videos = new ArrayList<>();
        if (requested.contains(Section.VIDEOS)) {
            videoUrl = Texts.text(detail.cosVideoUrl());
            for (VideoJson video : Texts.items(detail.video())) {
                if (Texts.text(video.videoCode()).isPresent() || Texts.text(video.videoTitle()).isPresent()) {
                    videos.add(new CareerVideo(Texts.orEmpty(video.videoCode()), Texts.orEmpty(video.videoTitle()),
                            Texts.orEmpty(video.videoType()), Texts.text(video.videoLink())));
                }
            }
        }
        List<TrainingProgram> programs = new ArrayList<>();
        if (requested.contains(Section.TRAINING_PROGRAMS)) {
            for (TrainingProgramJson program : Texts.items(detail.trainingPrograms())) {
                program(program).ifPresent(programs::add);
            }
        }
        return new Resources(handbooks, lmiLinks, videoUrl, videos, programs);
    }

    private static Link link(OohJson ooh) {
        return new Link(Texts.text(ooh.title()).orElse("Occupational Outlook Handbook"), Texts.orEmpty(ooh.oohUrl()));
    }

    private static Optional<TrainingProgram> program(TrainingProgramJson json) {
        Optional<String> title = Texts.text(json.programTitle());
        Optional<String> cip = Texts.text(json.cipCode());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        if (cip.isEmpty()) {
            Matcher prefixed = CIP_PREFIX.matcher(title.get());
            if (prefixed.matches()) {
                return Optional.of(new TrainingProgram(Optional.of(prefixed.group(1)), prefixed.group(2).strip()));
            }
        }
        return Optional.of(new TrainingProgram(cip, title.get()));
    }

    private static Optional<CodedValue> coded(@Nullable String code, @Nullable String title) {
        if (Texts.text(code).isEmpty() && Texts.text(title).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CodedValue(Texts.orEmpty(code), Texts.orEmpty(title)));
    }
}
