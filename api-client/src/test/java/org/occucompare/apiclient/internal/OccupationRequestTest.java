package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationRequestTest {
    private static final URI BASE = URI.create("https://api.example.test/");

    @Test
    void titles_with_commas_slashes_apostrophes_parentheses_and_spaces_are_encoded_as_one_segment() {
        assertThat(UriEncoding.pathSegment("Police and Sheriff's Patrol Officers"))
                .isEqualTo("Police%20and%20Sheriff%27s%20Patrol%20Officers");
        assertThat(UriEncoding.pathSegment("Computer Systems Engineers/Architects"))
                .isEqualTo("Computer%20Systems%20Engineers%2FArchitects");
        assertThat(UriEncoding.pathSegment("Physicians, All Other")).isEqualTo("Physicians%2C%20All%20Other");
        assertThat(UriEncoding.pathSegment("Cardiac Care Unit Nurse (CCU Nurse)"))
                .isEqualTo("Cardiac%20Care%20Unit%20Nurse%20%28CCU%20Nurse%29");
        assertThat(UriEncoding.pathSegment("C++ & Co?#")).isEqualTo("C%2B%2B%20%26%20Co%3F%23");
        assertThat(UriEncoding.pathSegment("Añejo")).isEqualTo("A%C3%B1ejo");
        assertThat(UriEncoding.pathSegment("29-1141.00")).isEqualTo("29-1141.00");
    }

    @Test
    void the_uri_has_user_keyword_and_location_segments_and_all_nineteen_switches() {
        URI uri = OccupationRequest.everything("Registered Nurses", "Chicago, IL").toUri(BASE, "user 1");

        assertThat(uri.getRawPath()).isEqualTo("/v1/occupation/user%201/Registered%20Nurses/Chicago%2C%20IL");
        List<String> params = Arrays.asList(uri.getRawQuery().split("&"));
        assertThat(params).containsExactly("training=true", "interest=true", "videos=true", "tasks=true",
                "dwas=true", "wages=true", "alternateOnetTitles=true", "projectedEmployment=true", "ooh=true",
                "stateLMILinks=true", "relatedOnetTitles=true", "skills=true", "knowledge=true", "ability=true",
                "trainingPrograms=true", "industryEmpPattern=true", "toolsAndTechnology=true", "workValues=true",
                "enableMetaData=true");
    }

    @Test
    void switches_not_asked_for_are_sent_as_false() {
        OccupationRequest request =
                new OccupationRequest("29-1141.00", "US", EnumSet.of(RequestSwitch.WAGES, RequestSwitch.TASKS));

        String query = request.toUri(BASE, "u").getRawQuery();

        assertThat(query).contains("wages=true", "tasks=true", "skills=false", "enableMetaData=false");
        assertThat(query.split("&")).hasSize(19);
    }

    @Test
    void the_redacted_path_hides_the_user_id() {
        OccupationRequest request = OccupationRequest.everything("29-1141.00", "CA");

        assertThat(request.redactedPath()).isEqualTo("/v1/occupation/{userId}/29-1141.00/CA");
        assertThat(request.toUri(URI.create("http://127.0.0.1:1/base//"), "me").toString())
                .startsWith("http://127.0.0.1:1/base/v1/occupation/me/29-1141.00/CA?");
    }
}
