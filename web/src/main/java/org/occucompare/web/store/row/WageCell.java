package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One wage figure of an OEWS estimate as the store keeps it: a kind and, for figures and top codes, dollars.
 *
 * @param kind what the cell holds
 * @param usd the dollars: the figure itself, or the top-code bound the true value is at least; empty otherwise
 */
public record WageCell(Kind kind, OptionalDouble usd) {
    /** What a wage cell holds, with the one-letter code the store writes. */
    public enum Kind {
        /** A published figure. */
        FIGURE("F"),
        /** BLS {@code #}: at least the top-code bound. */
        TOP_CODED("T"),
        /** BLS {@code *}, blank or {@code ~}: not available. */
        NOT_AVAILABLE("N"),
        /** BLS {@code **}: not released. */
        SUPPRESSED("S");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The one-letter code the store writes, never null. */
        public String code() {
            return code;
        }

        /** The kind of a one-letter store code; unknown codes are {@link #NOT_AVAILABLE}. */
        public static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            return NOT_AVAILABLE;
        }
    }

    public WageCell {
        requireNonNull(kind, "kind is null");
        requireNonNull(usd, "usd is null");
        boolean needsUsd = kind == Kind.FIGURE || kind == Kind.TOP_CODED;
        if (needsUsd != usd.isPresent()) {
            throw new IllegalArgumentException(kind + " wage cell " + (needsUsd ? "needs" : "takes no") + " dollars");
        }
    }

    /** A published figure. */
    public static WageCell figure(double usd) {
        return new WageCell(Kind.FIGURE, OptionalDouble.of(usd));
    }

    /** A top-coded value: at least {@code boundUsd}. */
    public static WageCell topCoded(double boundUsd) {
        return new WageCell(Kind.TOP_CODED, OptionalDouble.of(boundUsd));
    }

    /** A cell without dollars: not available or suppressed. */
    public static WageCell missing(Kind kind) {
        return new WageCell(kind, OptionalDouble.empty());
    }
}
