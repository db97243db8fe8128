package org.occucompare.analytics.similar;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.occucompare.analytics.skills.CosinePercentiles;

/**
 * The values a quantity takes over all pairs of occupations of a dataset, sorted, to place one value among them: the
 * similarity scores of a {@link SimilarityIndex}, or the raw importance cosines that calibrate skill overlap (as a
 * {@link CosinePercentiles}). Its {@linkplain #toBytes() bytes} let a store keep it with the dataset, so that a
 * process needing only percentiles reads it instead of rebuilding the index. Immutable and thread-safe.
 */
public final class PairDistribution implements CosinePercentiles {
    private static final int MAGIC = 0x4f435044; // "OCPD"
    private static final int FORMAT = 1;

    private final float[] sorted;

    private PairDistribution(float[] sorted) {
        this.sorted = sorted;
    }

    /** A distribution of values that are already sorted; takes the array. */
    static PairDistribution ofSorted(float[] sorted) {
        return new PairDistribution(sorted);
    }

    /** A distribution of values in any order; takes and sorts the array. */
    static PairDistribution of(float[] values) {
        Arrays.sort(values);
        return new PairDistribution(values);
    }

    /**
     * Where a value stands among the pairs.
     *
     * @param value a value of the quantity
     * @return the share of pairs whose value is at most {@code value}, 0–100, or empty when there are no pairs; never
     *     null
     */
    public OptionalDouble percentile(double value) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        float v = (float) value;
        // index of the first element greater than v = number of elements at most v
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return OptionalDouble.of(100.0 * lo / sorted.length);
    }

    @Override
    public OptionalDouble percentileOfImportanceCosine(double rawCosine) {
        return percentile(rawCosine);
    }

    /** {@return the number of pairs} */
    public int size() {
        return sorted.length;
    }

    /** The size of the {@linkplain #toBytes() binary form} of a distribution of {@code values} values. */
    static long bytes(long values) {
        return 12 + 4 * values;
    }

    /** {@return the distribution in a compact binary form that {@link #fromBytes} reads back exactly, never null} */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(bytes(sorted.length)));
        out.putInt(MAGIC).putInt(FORMAT).putInt(sorted.length);
        out.asFloatBuffer().put(sorted);
        return out.array();
    }

    /**
     * Reads a distribution written by {@link #toBytes()}.
     *
     * @param bytes the bytes, never null
     * @return the distribution, never null
     * @throws IllegalArgumentException if the bytes are not a distribution in this version's form
     */
    public static PairDistribution fromBytes(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(requireNonNull(bytes, "bytes is null"));
        if (bytes.length < 12 || in.getInt() != MAGIC || in.getInt() != FORMAT) {
            throw new IllegalArgumentException("not a pair distribution of format " + FORMAT);
        }
        int n = in.getInt();
        if (n < 0 || in.remaining() != 4L * n) {
            throw new IllegalArgumentException("a pair distribution of " + n + " values needs " + 4L * n
                    + " bytes, not " + in.remaining());
        }
        float[] sorted = new float[n];
        in.asFloatBuffer().get(sorted);
        for (int i = 1; i < n; i++) {
            if (!(sorted[i - 1] <= sorted[i])) {
                throw new IllegalArgumentException("the values of a pair distribution are not sorted");
            }
        }
        return new PairDistribution(sorted);
    }
}
