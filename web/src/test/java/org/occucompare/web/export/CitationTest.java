package org.occucompare.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.compare.SampleComparisons;
import org.occucompare.web.compare.SourceVintage;

class CitationTest {
    private static final Citation SAMPLE = new Citation(SampleComparisons.compare(
            List.of("29-1141.00", "29-2061.00"), "US", "CA").sources(), "0.1.0");

    @Test
    void bibtex_names_the_o_net_release_the_oews_month_and_the_projection_rounds() {
        String bibtex = SAMPLE.bibtex();

        assertThat(bibtex).contains("title = {{O*NET 30.1 (some files 30.0) Database}}")
                .contains("title = {{Occupational Employment and Wage Statistics, May 2024 estimates}}")
                .contains("title = {{Employment Projections, 2024–2034}}")
                .contains("title = {{Long-term occupational projections, 2022–2032}}")
                .contains("@software{occucompare,").contains("version = {0.1.0}");
        assertThat(bibtex.lines().filter(l -> l.startsWith("@"))).hasSize(5);
    }

    @Test
    void csl_json_is_an_array_of_datasets_and_the_software() throws IOException {
        JsonNode items = new ObjectMapper().readTree(SAMPLE.cslJson());

        assertThat(items.isArray()).isTrue();
        assertThat(items).extracting(i -> i.get("type").asText()).containsExactly("dataset", "dataset", "dataset",
                "dataset", "software");
        assertThat(items.get(1).at("/issued/date-parts/0/0").asInt()).isEqualTo(2024);
    }

    @Test
    void the_o_net_credit_line_of_its_cc_by_licence_is_among_the_attributions() {
        Citation bare = new Citation(List.of(new SourceVintage(SourceKind.ONET, "O*NET Database", "30.1",
                Optional.empty(), Optional.empty())), "1");

        // the attribution O*NET asks for (shared data, onet-30.1/PROVENANCE.md)
        assertThat(bare.attributions()).containsExactly("This product uses information from the O*NET 30.1 Database"
                + " by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under"
                + " the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.");
    }

    @Test
    void tex_special_characters_are_escaped() {
        Citation odd = new Citation(List.of(new SourceVintage(SourceKind.CAREERONESTOP, "Jobs & 100% {data}",
                "2026", Optional.empty(), Optional.of("A_B"))), "1");

        assertThat(odd.bibtex()).contains("{{Jobs \\& 100\\% \\{data\\}}}").contains("note = {A\\_B}");
    }
}
