package org.occucompare.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.SourceKind;

class OccupationSourceTest {

    /** A real, minimal source that records the keys it was asked for. */
    private static final class RecordingSource implements OccupationSource {
        final List<OccupationKey> keys = new ArrayList<>();

        @Override
        public Optional<Occupation> find(OccupationKey key, Location location) {
            keys.add(key);
            return Optional.of(Occupation.minimal(((OccupationKey.Code) key).code(), "Registered Nurses",
                    Retrieval.of(location, Instant.EPOCH, SourceKind.ONET)));
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
    void find_by_code_asks_find_by_key_with_a_code_key() {
        RecordingSource source = new RecordingSource();
        OccupationCode code = new OccupationCode("29-1141.00");
        Location california = Location.parse("CA");

        Occupation found = source.find(code, california).orElseThrow();

        assertThat(source.keys).containsExactly(new OccupationKey.Code(code));
        assertThat(found.code()).isEqualTo(code);
        assertThat(found.retrieval().location()).isEqualTo(california);
    }
}
