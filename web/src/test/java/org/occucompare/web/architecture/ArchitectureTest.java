package org.occucompare.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.modules.syntax.AllowedModuleDependencies.allow;
import static com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;

/**
 * The architecture of STYLE.md section 4, checked on the production classes of every module web sees. Rules about
 * parts that have not landed yet (the model, the SPI, the store, plugins) allow an empty match.
 */
@AnalyzeClasses(packages = "org.occucompare",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule modules_respect_allowed_dependencies = modules().definedByPackages("org.occucompare.(*)..")
            .should().respectTheirAllowedDependencies(
                    allow().fromModule("apiclient").toModules("core")
                            .fromModule("analytics").toModules("core")
                            .fromModule("plugins").toModules("core")
                            .fromModule("web").toModules("core", "apiclient", "analytics"),
                    consideringOnlyDependenciesInAnyPackage("org.occucompare.."));

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = modules().definedByPackages("org.occucompare.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule core_is_jdk_only = classes().that().resideInAPackage("..occucompare.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..occucompare.core..", "java..", "org.jspecify..");

    @ArchTest
    // the model throws the error root, which lives in org.occucompare.core itself (that package only, not its
    // sub-packages such as core.source)
    static final ArchRule spi_and_model_are_self_contained = classes()
            .that().resideInAnyPackage("..core.spi..", "..core.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("..core.spi..", "..core.model..", "org.occucompare.core", "java..", "org.jspecify..")
            .allowEmptyShould(true);

    @ArchTest
    // public types only: the model's package-private helpers (parsers, validation) are plain final classes
    static final ArchRule model_types_are_records = classes().that().resideInAPackage("..core.model..")
            .and().arePublic().and().areNotEnums().and().areNotInterfaces()
            .should(ArchConditions.beRecords())
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jdbi_only_in_store = noClasses().that().resideOutsideOfPackage("..web.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.h2..");

    @ArchTest
    static final ArchRule javalin_only_in_web = noClasses().that().resideOutsideOfPackage("..occucompare.web..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule chart_encoders_only_in_web_chart = noClasses().that().resideOutsideOfPackage("..web.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("de.erichseifert.vectorgraphics2d..",
                    "de.rototor.pdfbox..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule commons_math_only_in_analytics = noClasses()
            .that().resideOutsideOfPackage("..occucompare.analytics..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.math3..");

    @ArchTest
    static final ArchRule asm_only_in_the_plugin_loader = noClasses()
            .that().resideOutsideOfPackage("..occucompare.analytics.plugin..")
            .should().dependOnClassesThat().resideInAPackage("org.objectweb.asm..");

    @ArchTest
    static final ArchRule java_net_http_only_in_apiclient = noClasses()
            .that().resideOutsideOfPackage("..occucompare.apiclient..")
            .should().dependOnClassesThat().resideInAPackage("java.net.http..");

    @ArchTest
    static final ArchRule jackson_only_in_apiclient_internals_or_web = noClasses()
            .that().resideOutsideOfPackages("..occucompare.apiclient.internal..", "..occucompare.web..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule picocli_only_in_the_command_line = noClasses()
            .that().resideOutsideOfPackages("..occucompare.web.cli..", "org.occucompare.web")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule apiclient_internals_stay_internal = noClasses()
            .that().resideOutsideOfPackage("..apiclient..")
            .should().dependOnClassesThat().resideInAPackage("..apiclient.internal..");

    @ArchTest
    static final ArchRule web_features_are_free_of_cycles = slices().matching("..occucompare.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllers_live_in_web = classes().that().haveSimpleNameEndingWith("Controller")
            .should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule daos_are_store_interfaces = classes().that().haveSimpleNameEndingWith("Dao")
            .should().beInterfaces().andShould().resideInAPackage("..web.store..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchTests coding_rules = ArchTests.in(CodingRules.class);
}
