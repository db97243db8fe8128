package org.occucompare.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;

class OccupationSourceTest {

    /** A real, minimal source that records what it was asked for and knows every code. */
    private static final class RecordingSource implements OccupationSource {
        final List<String> calls = new ArrayList<>();

        @Override
        public Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections,
                Freshness freshness) {
            calls.add(keys + " at " + places.stream().map(Location::key).toList() + " "
                    + (sections.equals(Section.all()) ? "all sections" : sections) + " " + freshness);
            Map<OccupationKey, Occupation> found = new LinkedHashMap<>();
            for (OccupationKey key : keys) {
                found.put(key, Occupation.minimal(((OccupationKey.Code) key).code(), "Registered Nurses",
                        Retrieval.of(places.get(0), Instant.EPOCH, SourceKind.ONET)));
            }
            return new Lookup(found, List.of());
        }

        @Override
        public List<OccupationSummary> search(String words, int limit) {
            return List.of();
        }

        @Override
        public String describe() {
            return "recording source";
        }
    }

    @Test
    void fetching_one_key_at_one_place_is_a_fetch_of_one_of_each() {
        RecordingSource source = new RecordingSource();
        OccupationKey nurses = new OccupationKey.Code(new OccupationCode("29-1141.00"));
        Location california = Location.parse("CA");

        Occupation found = source.fetch(nurses, california, Freshness.REFRESH).require(nurses);

        assertThat(source.calls).containsExactly("[29-1141.00] at [CA] all sections REFRESH");
        assertThat(found.code().value()).isEqualTo("29-1141.00");
        assertThat(found.retrieval().location()).isEqualTo(california);
    }
}
