package org.occucompare.apiclient.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.occucompare.apiclient.FakeCareerOneStop;
import org.occucompare.apiclient.internal.json.MalformedResponseException;
import org.occucompare.apiclient.internal.json.OccupationDetailsJson;
import org.occucompare.apiclient.internal.json.ResponseParser;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Section;

/** Parses and maps fixtures the way the client does. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-05-04T15:02:12Z");
    static final Set<Section> ALL = EnumSet.allOf(Section.class);

    private Fixtures() {
    }

    static OccupationDetailsJson body(String fixture) {
        return parse(FakeCareerOneStop.fixture(fixture));
    }

    static OccupationDetailsJson parse(byte[] json) {
        try {
            return new ResponseParser().parse(json);
        } catch (MalformedResponseException e) {
            throw new AssertionError("the body does not parse: " + e.getMessage(), e);
        }
    }

    static Occupation map(String fixture, Location location, Set<Section> sections) {
        return JsonToModel.map(body(fixture), Optional.empty(), Optional.empty(), location, sections, NOW);
    }

    static Occupation map(String fixture, Location location) {
        return map(fixture, location, ALL);
    }
}
