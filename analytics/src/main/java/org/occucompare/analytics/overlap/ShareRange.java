package org.occucompare.analytics.overlap;

/**
 * A share of workers, in percent, known to lie in a range; a point when both ends are equal. Immutable.
 *
 * @param lowPct the least the share can be, 0–100
 * @param highPct the most the share can be, {@code lowPct}–100
 */
public record ShareRange(double lowPct, double highPct) {
    /** Validates the range. */
    public ShareRange {
        if (!(lowPct >= 0 && lowPct <= highPct && highPct <= 100)) {
            throw new IllegalArgumentException("bad share range " + lowPct + "–" + highPct);
        }
    }

    /** {@return true if the share is estimated as one number} */
    public boolean isPoint() {
        return lowPct == highPct;
    }
}
