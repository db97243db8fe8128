package org.occucompare.plugins.wagespread;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.occucompare.core.spi.PluginRules;

/** The plugin's classes depend on the SPI, the model, JSpecify and the JDK only (core's PluginRules). */
@AnalyzeClasses(packages = "org.occucompare.plugins.wagespread", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

    @ArchTest
    static final ArchRule plugins_use_only_the_spi = PluginRules.useOnlyTheSpi("org.occucompare.plugins.wagespread..");
}
