package org.occucompare.plugins.wagespread;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The plugin compiles against the SPI and the model only (STYLE.md section 4, plugins_use_only_the_spi). JSpecify is
 * allowed too: the package is {@code @NullMarked} like every package, and the plugin class loader shares JSpecify.
 */
@AnalyzeClasses(packages = "org.occucompare.plugins.wagespread", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

    @ArchTest
    static final ArchRule plugins_use_only_the_spi = classes().that().resideInAPackage("..occucompare.plugins..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("..core.spi..", "..core.model..", "..occucompare.plugins..", "java..",
                    "org.jspecify..");
}
