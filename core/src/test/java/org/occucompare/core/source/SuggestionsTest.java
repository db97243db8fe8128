package org.occucompare.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.OccupationSummary;

class SuggestionsTest {
    // O*NET 30.1 titles (Occupation Data.txt) of SOC 29-1141 and two more of minor group 29-1
    private final SampleSource source = new SampleSource(
            "29-1141.00", "Registered Nurses", "29-1141.01", "Acute Care Nurses", "29-1141.02", "Advanced Practice"
                    + " Psychiatric Nurses", "29-1171.00", "Nurse Practitioners", "29-1071.00", "Physician Assistants",
            "11-1011.00", "Chief Executives");

    @Test
    void an_unknown_code_suggests_the_other_occupations_of_its_soc_code() {
        Miss miss = Suggestions.miss(OccupationKey.parse("29-1141.02"), source, Optional.empty());

        assertThat(miss.kind()).isEqualTo(Miss.Kind.NOT_FOUND);
        assertThat(miss.suggestions()).extracting(s -> s.code().value())
                .containsExactly("29-1141.00", "29-1141.01");
        assertThat(miss.message()).isEqualTo("No occupation matches \"29-1141.02\" in the sample source. Did you mean"
                + " 29-1141.00 (Registered Nurses), 29-1141.01 (Acute Care Nurses)?");
    }

    @Test
    void an_unknown_code_with_no_sibling_suggests_its_broad_minor_or_major_group() {
        Miss miss = Suggestions.miss(OccupationKey.parse("29-1199.00"), source, Optional.empty());

        // 29-1199 and 29-119 hold nothing here; minor group 29-1 holds four
        assertThat(source.searches).containsExactly("29-1199", "29-119", "29-1");
        assertThat(miss.suggestions()).extracting(s -> s.code().value())
                .containsExactly("29-1141.00", "29-1141.01", "29-1141.02", "29-1171.00", "29-1071.00");
    }

    @Test
    void an_unknown_title_suggests_titles_with_its_words() {
        Miss miss = Suggestions.miss(OccupationKey.parse("Nurse"), source, Optional.empty());

        assertThat(miss.suggestions()).extracting(OccupationSummary::title)
                .containsExactly("Registered Nurses", "Acute Care Nurses", "Advanced Practice Psychiatric Nurses",
                        "Nurse Practitioners");
    }

    @Test
    void the_sources_own_suggestion_comes_first_and_is_named() {
        Miss miss = Suggestions.miss(OccupationKey.parse("Registerd Nurses"), source,
                Optional.of("Registered Nurses"));

        assertThat(miss.didYouMean()).contains("Registered Nurses");
        assertThat(miss.suggestions()).first().extracting(s -> s.code().value()).isEqualTo("29-1141.00");
        assertThat(miss.message()).isEqualTo("No occupation matches \"Registerd Nurses\" in the sample source. Did you"
                + " mean \"Registered Nurses\"? Try 29-1141.00 (Registered Nurses).");
    }

    @Test
    void a_soc_code_is_too_broad_and_lists_every_occupation_under_it() {
        Miss miss = Suggestions.miss(OccupationKey.parse("291141"), source, Optional.empty());

        assertThat(miss.kind()).isEqualTo(Miss.Kind.TOO_BROAD);
        assertThat(miss.suggestions()).extracting(s -> s.code().value())
                .containsExactly("29-1141.00", "29-1141.01", "29-1141.02");
        assertThat(miss.message()).startsWith("29-1141 is a SOC code, which O*NET divides into occupations: use one"
                + " of 29-1141.00 (Registered Nurses), 29-1141.01 (Acute Care Nurses), ");
    }

    @Test
    void a_soc_code_without_occupations_says_to_search_by_title() {
        Miss miss = Suggestions.miss(OccupationKey.parse("21-1018"), source, Optional.empty());

        assertThat(miss.suggestions()).isEmpty();
        assertThat(miss.message()).contains("21-1018 is a SOC code, and no O*NET occupation under it is known in the"
                + " sample source").endsWith("search by title instead.");
    }

    @Test
    void a_failing_search_suggests_nothing_but_keeps_the_miss() {
        Miss miss = Suggestions.miss(OccupationKey.parse("Registerd Nurses"), source.failing(), Optional.empty());

        assertThat(miss.kind()).isEqualTo(Miss.Kind.NOT_FOUND);
        assertThat(miss.suggestions()).isEmpty();
        assertThat(miss.message()).endsWith("Search for words of its title instead.");
    }

    @Test
    void a_title_of_punctuation_only_is_not_searched() {
        Miss miss = Suggestions.miss(OccupationKey.parse("?!"), source, Optional.empty());

        assertThat(source.searches).isEmpty();
        assertThat(miss.suggestions()).isEmpty();
    }
}
