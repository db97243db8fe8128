package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;

/** Asserts that code fails with an {@link ErrorKind#INVALID_INPUT} {@link OccupationException}. */
public final class Errors {
    private Errors() {
    }

    /**
     * Asserts the failure and returns an assertion on it, for message checks.
     *
     * @param call the code that must fail
     * @return an assertion on the thrown exception
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertInvalidInput(ThrowingCallable call) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(OccupationException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT));
    }
}
