package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class OnetCatalogTest {
    /** The official O*NET 30.1 file, outside the repository (see the rules: never copied into it). */
    private static final Path OFFICIAL = Path.of("../../shared/data/onet-30.1/Occupation Data.txt");

    private final OnetCatalog catalog = OnetCatalog.bundled();

    @Test
    void the_bundled_list_equals_the_codes_and_titles_of_the_official_file() throws IOException {
        assumeThat(Files.isRegularFile(OFFICIAL))
                .as("the official O*NET 30.1 'Occupation Data.txt' is not at %s (run from api-client/ with the shared "
                        + "data checked out beside the repository); skipping the comparison", OFFICIAL.toAbsolutePath())
                .isTrue();
        List<String> official = Files.readAllLines(OFFICIAL, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", 3))
                .map(cells -> cells[0] + "\t" + cells[1].strip())
                .toList();

        assertThat(catalog.entries()).extracting(e -> e.code() + "\t" + e.title()).containsExactlyElementsOf(official);
    }

    @Test
    void the_bundled_list_carries_the_cc_by_attribution_and_no_descriptions() throws IOException {
        String text;
        try (InputStream in = OnetCatalog.class.getResourceAsStream(OnetCatalog.RESOURCE)) {
            text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(text).contains("O*NET 30.1 Database by the U.S. Department of Labor, Employment and")
                .contains("CC BY 4.0")
                .doesNotContain("Assess patient health problems");
        assertThat(text.lines().filter(l -> !l.startsWith("#"))).allMatch(l -> l.split("\t").length == 2);
        // 1,016 O*NET-SOC codes in O*NET 30.1 (PROVENANCE.md of the official data)
        assertThat(catalog.entries()).hasSize(1_016);
    }

    @Test
    void a_bare_soc_code_lists_the_onet_codes_under_it() {
        assertThat(catalog.under("29-1141")).containsExactly(
                new CatalogEntry("29-1141.00", "Registered Nurses"),
                new CatalogEntry("29-1141.01", "Acute Care Nurses"),
                new CatalogEntry("29-1141.02", "Advanced Practice Psychiatric Nurses"),
                new CatalogEntry("29-1141.03", "Critical Care Nurses"),
                new CatalogEntry("29-1141.04", "Clinical Nurse Specialists"));
        assertThat(catalog.under("21-1018")).isEmpty();
    }

    @Test
    void codes_and_exact_titles_are_looked_up() {
        assertThat(catalog.byCode(" 15-2051.00 ")).contains(new CatalogEntry("15-2051.00", "Data Scientists"));
        assertThat(catalog.byTitle("police and sheriff's patrol officers")).map(CatalogEntry::code)
                .contains("33-3051.00");
        assertThat(catalog.byCode("29-1141")).isEmpty();
    }

    @Test
    void search_puts_the_exact_title_first_and_matches_word_prefixes() {
        assertThat(catalog.search("registered nurses", 3)).first()
                .isEqualTo(new CatalogEntry("29-1141.00", "Registered Nurses"));
        assertThat(catalog.search("nurs regist", 10)).extracting(CatalogEntry::code).contains("29-1141.00");
        assertThat(catalog.search("Nurse", 50)).extracting(CatalogEntry::title)
                .contains("Nurse Midwives", "Nurse Practitioners", "Nurse Anesthetists")
                .allMatch(t -> t.toLowerCase().contains("nurs"));
        assertThat(catalog.search("engineers/architects", 5)).extracting(CatalogEntry::code).contains("15-1299.08");
    }

    @Test
    void search_by_code_prefix_and_limits_and_blank_queries() {
        assertThat(catalog.search("29-1141", 10)).hasSize(5);
        assertThat(catalog.search("29-1141.0", 2)).extracting(CatalogEntry::code)
                .containsExactly("29-1141.00", "29-1141.01");
        assertThat(catalog.search("  ", 10)).isEmpty();
        assertThat(catalog.search("zzzzqqq", 10)).isEmpty();
    }
}
