package org.occucompare.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The model rule of {@link ArchitectureTest} can fail: it refuses a public plain class in a model package. */
class ModelRuleTest {
    private static final String FIXTURES = "org.occucompare.web.architecture.fixture.core.model";

    @Test
    void a_public_model_class_that_is_not_a_record_is_a_violation() {
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);
        assertThat(fixtures.contain(FIXTURES + ".PublicHelper")).isTrue();

        EvaluationResult result = ArchitectureTest.model_types_are_records.evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains(FIXTURES + ".PublicHelper").doesNotContain("PackageHelper").doesNotContain("PublicValue");
    }

    @Test
    void package_private_helpers_and_public_records_pass() {
        JavaClasses others = new ClassFileImporter().importPackages(FIXTURES)
                .that(DescribedPredicate.not(JavaClass.Predicates.simpleName("PublicHelper")));
        assertThat(others.contain(FIXTURES + ".PackageHelper")).isTrue();
        assertThat(others.contain(FIXTURES + ".PublicValue")).isTrue();

        assertThat(ArchitectureTest.model_types_are_records.evaluate(others).hasViolation()).isFalse();
    }
}
