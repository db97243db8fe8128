package org.occucompare.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.occucompare.core.spi.fixture.LeakyPlugin;

/** The plugin rule can fail: it catches a class that reaches past the SPI, and passes one that does not. */
class PluginRulesTest {

    @Test
    void a_plugin_class_that_uses_core_beyond_the_spi_is_caught() {
        EvaluationResult result = PluginRules.useOnlyTheSpi("org.occucompare.core.spi.fixture..")
                .evaluate(new ClassFileImporter().importClasses(LeakyPlugin.class));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .contains("LeakyPlugin").contains("org.occucompare.core.source.OccupationKey"));
    }

    @Test
    void a_plugin_class_that_keeps_to_the_spi_and_the_model_passes() {
        EvaluationResult result = PluginRules.useOnlyTheSpi("org.occucompare.core.spi..")
                .evaluate(new ClassFileImporter().importClasses(SampleMetricPlugin.class));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
