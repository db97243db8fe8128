package org.occucompare.core.spi;

/**
 * What a metric value says about the true figure: it is the figure, or only a bound on it. A median that OEWS
 * top-codes ({@code #}, at least $239,200 a year) gives {@link #AT_LEAST}. Immutable.
 */
public enum Bound {
    /** The value is the figure. */
    EXACT("exactly"),
    /** The true figure is this value or more. */
    AT_LEAST("at least"),
    /** The true figure is this value or less. */
    AT_MOST("at most");

    private final String phrase;

    Bound(String phrase) {
        this.phrase = phrase;
    }

    /** {@return a phrase to put before the value for readers: {@code exactly}, {@code at least} or {@code at most}} */
    public String phrase() {
        return phrase;
    }

    /** {@return the bound of the negated value: {@code AT_LEAST} becomes {@code AT_MOST} and back} */
    public Bound negate() {
        if (this == AT_LEAST) {
            return AT_MOST;
        }
        return this == AT_MOST ? AT_LEAST : EXACT;
    }
}
