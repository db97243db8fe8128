package org.occucompare.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.web.compare.SampleComparisons;

class JsonExportTest {
    @Test
    void carries_query_sources_version_citation_figures_and_the_report() throws IOException {
        String json = JsonExport.toJson(SampleComparisons.compare(List.of("11-1011.00", "29-1141.00"), "US"), "2.0");

        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(doc.get("query").asText()).isEqualTo("occupations=11-1011.00,29-1141.00; locations=US");
        assertThat(doc.get("app").asText()).isEqualTo("OccuCompare 2.0");
        assertThat(doc.get("sources").findValuesAsText("vintage")).contains("May 2024");
        assertThat(doc.get("bibtex").asText()).contains("@misc{");
        assertThat(doc.at("/report/reference").asText()).isEqualTo("11-1011.00");
        JsonNode national = doc.at("/figures/0/wages/estimates").findParents("rateType").stream()
                .filter(e -> e.at("/area/key").asText().equals("US") && e.get("rateType").asText().equals("ANNUAL"))
                .findFirst().orElseThrow();
        // OEWS May 2024 national file: Chief Executives' A_PCT90 is "#", at least $239,200
        assertThat(national.at("/p90/topCoded").asBoolean()).isTrue();
        assertThat(national.at("/p90/atLeastUsd").asDouble()).isEqualTo(239_200.0);
    }
}
