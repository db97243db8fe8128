package org.occucompare.core.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture rule of plugin code, for plugins tested with ArchUnit: a plugin depends on the SPI, the model, the
 * core error root, JSpecify, the JDK and its own packages only, exactly what the host's plugin class loader lets it
 * see. Shipped in core's test-jar beside {@link MetricPluginContract}.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.taskcount", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule plugins_use_only_the_spi = PluginRules.useOnlyTheSpi("com.example.taskcount..");
 * }
 * }</pre>
 */
public final class PluginRules {
    private PluginRules() {
    }

    /**
     * The rule.
     *
     * @param ownPackages the plugin's own packages, as ArchUnit package identifiers such as {@code com.example..}
     * @return the rule over every imported class, never null
     */
    public static ArchRule useOnlyTheSpi(String... ownPackages) {
        List<String> allowed = new ArrayList<>(List.of("org.occucompare.core.spi..", "org.occucompare.core.model..",
                "org.occucompare.core", "org.jspecify..", "java.."));
        allowed.addAll(List.of(ownPackages));
        return classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(new String[0]))
                .because("a plugin sees only the SPI, the model and the JDK at run time");
    }
}
