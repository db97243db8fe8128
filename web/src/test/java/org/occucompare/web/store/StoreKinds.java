package org.occucompare.web.store;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The stores the contract tests run on, as one parameterized suite: H2 in memory, and PostgreSQL on a throwaway
 * cluster that the first test to need it starts and the end of the test run stops (one per test JVM; each test
 * gets a database of its own). Use with {@code @ParameterizedClass @ArgumentsSource(StoreKinds.class)}.
 */
public final class StoreKinds implements ArgumentsProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StoreKinds.class);

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Stream.of(Arguments.of(h2()), Arguments.of(postgresql(context)));
    }

    /** H2 in memory. */
    public static TestStore h2() {
        return new TestStore("H2", () -> Database.open("jdbc:h2:mem:" + UUID.randomUUID()));
    }

    /** A new database on the test run's PostgreSQL cluster, started on first use. */
    public static TestStore postgresql(ExtensionContext context) {
        return new TestStore("PostgreSQL", () -> Database.open(server(context).newDatabase(),
                Optional.of(PostgresServer.USER), Optional.of(PostgresServer.PASSWORD)));
    }

    /** The test run's PostgreSQL cluster, started on first use and stopped when the run ends. */
    public static PostgresServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(PostgresServer.class, k -> PostgresServer.start(), PostgresServer.class);
    }
}
