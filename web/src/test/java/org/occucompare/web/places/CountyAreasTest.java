package org.occucompare.web.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.occucompare.web.importer.SharedData;

class CountyAreasTest {
    private static final CountyAreas AREAS = CountyAreas.bundled();

    @Test
    void counties_keep_the_area_the_oews_definitions_give_them() {
        // Geography.csv: "16980,Chicago-Naperville-Elgin, IL-IN-WI,IL,Illinois,Cook County"; 16980 is a 2023 code
        assertThat(AREAS.areaOf("17031")).contains("16980");
        // "12420,Austin-Round Rock, TX,TX,Texas,Travis County"
        assertThat(AREAS.areaOf("48453")).contains("12420");
        // "100001,Northwest Alabama nonmetropolitan area,AL,Alabama,Cullman County": BLS writes 0100001
        assertThat(AREAS.areaOf("01043")).contains("0100001");
    }

    @Test
    void retired_codes_go_to_their_2023_successor() {
        // Cuyahoga County: Cleveland-Elyria 17460 became Cleveland 17410
        assertThat(AREAS.areaOf("39035")).contains("17410");
        // Montgomery County, OH: Dayton 19380 became Dayton-Kettering-Beavercreek 19430
        assertThat(AREAS.areaOf("39113")).contains("19430");
    }

    @Test
    void new_england_counties_and_planning_regions_take_the_area_of_their_towns() {
        // Capitol planning region: Hartford's towns (Hartford NECTA 73450 -> county-based MSA 25540)
        assertThat(AREAS.areaOf("09110")).contains("25540");
        // Suffolk County, MA: Boston, Chelsea, Revere, Winthrop, all in the Boston NECTA -> Boston MSA 14460
        assertThat(AREAS.areaOf("25025")).contains("14460");
        // every Rhode Island county lies in Providence-Warwick
        assertThat(AREAS.areaOf("44007")).contains("39300");
    }

    @Test
    void a_2023_area_no_old_area_matches_takes_the_county_its_title_names() {
        // Kenosha County left Chicago's area in 2023 for its own, Kenosha, WI (28450)
        assertThat(AREAS.areaOf("55059")).contains("28450");
        // Hillsborough County, NH: Manchester-Nashua, NH (31700)
        assertThat(AREAS.areaOf("33011")).contains("31700");
        // Sussex County, DE left Salisbury, MD-DE in 2023 for the Sussex Delaware nonmetropolitan area (1000005)
        assertThat(AREAS.areaOf("10005")).contains("1000005");
    }

    @Test
    void counties_without_a_known_2023_area_have_none() {
        // Madera, CA: Madera 31460 was retired in 2023 without a single successor
        assertThat(AREAS.areaOf("06039")).isEmpty();
        assertThat(AREAS.areaOf("99999")).isEmpty();
    }

    @Test
    void every_area_code_is_an_oews_area_of_the_2023_delineation() throws IOException {
        JsonNode index = new ObjectMapper().readTree(SharedData.require("bls-oews-msa-2025-json/metros-index.json")
                .toFile());
        Set<String> codes = new HashSet<>();
        index.get("metros").forEach(m -> codes.add(m.get("cbsa").asText()));

        assertThat(codes).hasSize(530);
        assertThat(AREAS.areasByCounty().values()).isNotEmpty().allSatisfy(code -> assertThat(codes).contains(code));
    }

    @Test
    void the_table_lists_each_county_once_with_a_known_basis() {
        Set<String> seen = new HashSet<>();
        for (String[] row : BundledTable.read("county-areas.csv", "county_fips,area_code,basis")) {
            assertThat(seen.add(row[0])).as("county %s listed once", row[0]).isTrue();
            assertThat(row[0]).matches("\\d{5}");
            assertThat(row[2]).isIn("same-code", "bridged", "towns-majority", "title-city");
        }
        assertThat(seen).hasSameSizeAs(AREAS.areasByCounty().keySet()).hasSizeGreaterThan(2900);
        assertThatThrownBy(() -> AREAS.areasByCounty().put("00000", "16980"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void each_area_counts_its_counties_once_for_every_map() {
        // OMB's 2023 delineation: Chicago-Naperville-Elgin is 9 Illinois and 4 Indiana counties
        assertThat(AREAS.countiesByArea()).containsEntry("16980", 13);
        assertThat(AREAS.countiesByArea().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(AREAS.areasByCounty().size());
        assertThat(AREAS.countiesByArea()).doesNotContainKey("99999").allSatisfy((area, n) -> assertThat(n)
                .isPositive());
        assertThat(CountyAreas.bundled().countiesByArea()).isSameAs(AREAS.countiesByArea());
        assertThatThrownBy(() -> AREAS.countiesByArea().put("16980", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
