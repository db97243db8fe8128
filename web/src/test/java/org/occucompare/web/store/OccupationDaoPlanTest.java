package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.importer.BundledSample;

/**
 * Guards the shape of the section reads on H2: every query that takes a list of codes is an index lookup on that
 * list (H2 uses an in-list only on an index's first column, so a key with {@code dataset_id} first would read a whole
 * version instead), and reading many codes in chunks gives the same occupations as reading them at once.
 */
class OccupationDaoPlanTest {
    /** Reads the projections of a few SOC broad groups by a prefix no index has: it runs only for codes without. */
    private static final List<String> NOT_BY_INDEX = List.of("matrixAggregates");

    private static Database db;

    @BeforeAll
    static void open() {
        db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
        BundledSample.loadIfEmpty(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Stream<Method> queriesByList() {
        return Arrays.stream(OccupationDao.class.getMethods())
                .filter(m -> m.isAnnotationPresent(SqlQuery.class) && !NOT_BY_INDEX.contains(m.getName()))
                .filter(m -> Arrays.stream(m.getParameters()).anyMatch(p -> p.isAnnotationPresent(BindList.class)));
    }

    @ParameterizedTest
    @MethodSource("queriesByList")
    void a_query_by_a_list_of_codes_is_an_index_lookup_on_that_list(Method method) {
        String sql = method.getAnnotation(SqlQuery.class).value().replace("<" + DatasetDao.DATASET + ">", "1");
        int values = 0;
        for (Parameter p : method.getParameters()) {
            if (!p.isAnnotationPresent(BindList.class)) {
                continue;
            }
            sql = sql.replace("<" + p.getAnnotation(BindList.class).value() + ">", String.join(", ",
                    Collections.nCopies(3, "?")));
            values += 3;
        }
        String explain = "explain " + sql;
        int bound = values;
        String plan = db.jdbi().withHandle(h -> {
            Query query = h.createQuery(explain);
            for (int i = 0; i < bound; i++) {
                query.bind(i, "29-1141");
            }
            return query.mapTo(String.class).one();
        });

        // the first table is read through an index whose condition is the in-list: "/* PUBLIC.X: CODE IN(?1, …"
        assertThat(plan).as(method.getName()).containsPattern("/\\* PUBLIC\\.\\w+: (\\w+\\.)?\\w+ IN\\(")
                .doesNotContain("tableScan");
    }

    @Test
    void reading_codes_in_chunks_gives_the_occupations_read_at_once() {
        List<String> codes = new OccupationStore(db, Clock.systemUTC()).codes().stream().map(OccupationCode::value)
                .toList();
        Retrieval retrieval = Retrieval.of(Location.NATIONAL, Instant.EPOCH, SourceKind.ONET);
        Map<OccupationCode, Occupation> atOnce = db.read(h -> OccupationStore.assemble(h, codes,
                List.of(Location.NATIONAL), Section.all(), retrieval, codes.size()));
        Map<OccupationCode, Occupation> inSevens = db.read(h -> OccupationStore.assemble(h, codes,
                List.of(Location.NATIONAL), Section.all(), retrieval, 7));

        assertThat(codes).hasSizeGreaterThan(7 * 7);
        assertThat(inSevens).isEqualTo(atOnce);
    }
}
