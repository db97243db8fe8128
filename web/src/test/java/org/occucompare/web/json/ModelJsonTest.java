package org.occucompare.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.WageAmount;

class ModelJsonTest {
    private final ObjectMapper json = ModelJson.create();

    @Test
    void a_top_coded_wage_is_written_as_a_bound_not_a_figure() throws Exception {
        JsonNode p90 = json.valueToTree(WageAmount.topCoded(239_200));

        assertThat(p90.get("kind").asText()).isEqualTo("topCoded");
        assertThat(p90.get("atLeastUsd").asDouble()).isEqualTo(239_200.0);
        assertThat(p90.get("topCoded").asBoolean()).isTrue();
        assertThat(p90.has("usd")).isFalse();
    }

    @Test
    void a_missing_wage_carries_its_reason_and_no_number() {
        JsonNode missing = json.valueToTree(WageAmount.missing(MissingReason.SUPPRESSED));

        assertThat(missing.get("kind").asText()).isEqualTo("missing");
        assertThat(missing.get("reason").asText()).isEqualTo("SUPPRESSED");
        assertThat(missing.get("description").asText()).contains("publication standards");
        assertThat(missing.has("usd")).isFalse();
        assertThat(missing.has("atLeastUsd")).isFalse();
    }

    @Test
    void an_occupation_is_written_with_codes_as_strings_and_places_as_key_and_name() {
        JsonNode nurses = json.valueToTree(Fixtures.registeredNurses());

        assertThat(nurses.get("code").asText()).isEqualTo("29-1141.00");
        assertThat(nurses.get("retrieval").get("location").get("key").asText()).isEqualTo("US");
        assertThat(nurses.get("retrieval").get("location").get("name").asText()).isEqualTo("United States");
        assertThat(nurses.get("retrieval").get("retrievedAt").asText()).isEqualTo("2025-06-02T12:00:00Z");
        JsonNode national = nurses.at("/wages/estimates/0");
        assertThat(national.get("area").get("key").asText()).isEqualTo("US");
        // OEWS May 2024 national file, 29-1141 Registered Nurses, A_MEDIAN
        assertThat(national.at("/median/usd").asDouble()).isEqualTo(93_600.0);
        assertThat(national.at("/median/kind").asText()).isEqualTo("figure");
    }

    @Test
    void chief_executives_show_their_top_coded_percentiles_as_bounds() {
        JsonNode chiefs = json.valueToTree(Fixtures.chiefExecutives());

        JsonNode national = chiefs.at("/wages/estimates/0");
        assertThat(national.at("/p90/kind").asText()).isEqualTo("topCoded");
        assertThat(national.at("/p75/kind").asText()).isEqualTo("topCoded");
    }
}
