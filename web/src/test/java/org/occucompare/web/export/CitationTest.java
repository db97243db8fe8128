package org.occucompare.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.SampleComparisons;
import org.occucompare.web.compare.SourceVintage;

/**
 * Citations of the bundled sample, whose O*NET files are of release 30.1 (December 2025, its "Read Me.txt") with
 * some of 30.0 (August 2025), with OEWS May 2024 wages and the 2024–2034 national and 2022–2032 state projections.
 */
class CitationTest {
    private static final LocalDate ACCESSED = LocalDate.of(2026, 3, 14);
    private static final Citation SAMPLE = new Citation(SampleComparisons.compare(
            List.of("29-1141.00", "29-2061.00"), "US", "CA").sources(), "0.1.0", ACCESSED);

    @Test
    void bibtex_entries_are_misc_with_clean_keys_and_titles_a_year_and_the_access_date() {
        String bibtex = SAMPLE.bibtex();

        assertThat(bibtex.lines().filter(l -> l.startsWith("@"))).containsExactly("@misc{onet_30_1,",
                "@misc{oews_may_2024,", "@misc{bls_projections_2024_2034,", "@misc{state_projections_2022_2032,",
                "@misc{occucompare,");
        assertThat(bibtex).contains("title = {{O*NET 30.1 Database}}")
                .contains("title = {{Occupational Employment and Wage Statistics, May 2024 estimates}}")
                .contains("title = {{Employment Projections, 2024--2034}}")
                .contains("title = {{Long-term occupational projections, 2022--2032}}")
                .contains("Some files are from release 30.0.").doesNotContain("(some files");
        assertThat(entry(bibtex, "onet_30_1")).contains("year = {2025}", "urldate = {2026-03-14}",
                "note = {Accessed 2026-03-14. Some files are from release 30.0. This product uses information from"
                        + " the O*NET 30.1 Database", "howpublished = {\\url{https://www.onetcenter.org/database.html}}");
        assertThat(entry(bibtex, "oews_may_2024")).contains("year = {2024}");
        assertThat(entry(bibtex, "occucompare")).contains("year = {2026}",
                "note = {Version 0.1.0. Accessed 2026-03-14.}");
        assertThat(bibtex.lines().filter(l -> l.startsWith("  year = "))).hasSize(5);
        assertThat(bibtex.lines().filter(l -> l.startsWith("  urldate = "))).hasSize(5);
    }

    @Test
    void biblatex_uses_dataset_and_software_with_their_versions() {
        String biblatex = SAMPLE.biblatex();

        assertThat(biblatex.lines().filter(l -> l.startsWith("@"))).containsExactly("@dataset{onet_30_1,",
                "@dataset{oews_may_2024,", "@dataset{bls_projections_2024_2034,",
                "@dataset{state_projections_2022_2032,", "@software{occucompare,");
        assertThat(entry(biblatex, "onet_30_1")).contains("version = {30.1}", "urldate = {2026-03-14}");
        assertThat(entry(biblatex, "occucompare")).contains("version = {0.1.0}");
    }

    @Test
    void csl_json_items_have_a_year_an_access_date_and_clean_ids() throws IOException {
        JsonNode items = new ObjectMapper().readTree(SAMPLE.cslJson());

        assertThat(items).extracting(i -> i.get("type").asText()).containsExactly("dataset", "dataset", "dataset",
                "dataset", "software");
        assertThat(items).extracting(i -> i.get("id").asText()).containsExactly("onet_30_1", "oews_may_2024",
                "bls_projections_2024_2034", "state_projections_2022_2032", "occucompare");
        assertThat(items.get(0).get("title").asText()).isEqualTo("O*NET 30.1 Database");
        assertThat(items.get(0).at("/issued/date-parts/0/0").asInt()).isEqualTo(2025);
        assertThat(items.get(1).at("/issued/date-parts/0/0").asInt()).isEqualTo(2024);
        assertThat(items).allSatisfy(i -> assertThat(i.at("/accessed/date-parts/0").toString())
                .isEqualTo("[2026,3,14]"));
    }

    @Test
    void o_net_releases_come_out_in_august_and_december_of_one_year_and_in_february_and_may_of_the_next() {
        // 30.0: August 2025 (onet-30.0-abilities/PROVENANCE.md); 30.1: December 2025 (onet-30.1 "Read Me.txt")
        assertThat(Citation.onetYear("30.0")).hasValue("2025");
        assertThat(Citation.onetYear("30.1")).hasValue("2025");
        assertThat(Citation.onetYear("30.2")).hasValue("2026");
    }

    @Test
    void a_comparison_is_cited_as_accessed_on_the_day_its_figures_were_retrieved() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        Comparison c = SampleComparisons.compare(List.of("29-1141.00", "29-2061.00"), "US");
        LocalDate after = LocalDate.now(ZoneOffset.UTC);

        assertThat(Citation.of(c, "1").accessed()).isBetween(before, after);
    }

    @Test
    void the_o_net_credit_line_of_its_cc_by_licence_is_among_the_attributions() {
        Citation bare = new Citation(List.of(new SourceVintage(SourceKind.ONET, "O*NET Database", "30.1",
                Optional.empty(), Optional.empty())), "1", ACCESSED);

        // the attribution O*NET asks for (shared data, onet-30.1/PROVENANCE.md)
        assertThat(bare.attributions()).containsExactly("This product uses information from the O*NET 30.1 Database"
                + " by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under"
                + " the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.");
    }

    @Test
    void tex_special_characters_are_escaped() {
        Citation odd = new Citation(List.of(new SourceVintage(SourceKind.CAREERONESTOP, "Jobs & 100% {data}",
                "2026", Optional.empty(), Optional.of("A_B"))), "1", ACCESSED);

        assertThat(odd.bibtex()).contains("{{Jobs \\& 100\\% \\{data\\}}}").contains("A\\_B")
                .contains("@misc{careeronestop_2026,");
    }

    /** One entry, from its opening line to its closing brace. */
    private static String entry(String bib, String key) {
        int start = bib.indexOf("{" + key + ",");
        return bib.substring(start, bib.indexOf("\n}", start));
    }
}
