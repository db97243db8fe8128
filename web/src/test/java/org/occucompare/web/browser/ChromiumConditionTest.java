package org.occucompare.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class ChromiumConditionTest {
    private static final List<Path> DRIVER_MISSING = List.of(Path.of("no-such-dir", "chromedriver"));

    @Test
    void browser_tests_run_when_both_binaries_are_installed() {
        assertThat(ChromiumCondition.evaluate(List.of(), true).isDisabled()).isFalse();
        assertThat(ChromiumCondition.evaluate(List.of(), false).isDisabled()).isFalse();
    }

    @Test
    void outside_ci_a_missing_binary_skips_with_a_clear_reason() {
        ConditionEvaluationResult result = ChromiumCondition.evaluate(DRIVER_MISSING, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("skipped", DRIVER_MISSING.get(0).toString(), "apt-get install -y chromium chromium-driver"));
    }

    @Test
    void in_ci_a_missing_binary_fails_with_a_clear_message() {
        assertThatThrownBy(() -> ChromiumCondition.evaluate(DRIVER_MISSING, true))
                .hasMessageContaining("CI=true")
                .hasMessageContaining(DRIVER_MISSING.get(0).toString())
                .hasMessageContaining("must run in CI");
    }
}
