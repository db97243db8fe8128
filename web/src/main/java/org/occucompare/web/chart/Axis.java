package org.occucompare.web.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A horizontal value axis: its domain, its ticks at round numbers and their labels. Immutable.
 *
 * @param title the axis title with its unit, such as "Annual wage (US dollars)"; never null
 * @param min the value at the left end
 * @param max the value at the right end, above {@code min}
 * @param ticks the tick values, ascending, within the domain; never null
 * @param format how a tick value reads, never null
 */
record Axis(String title, double min, double max, List<Double> ticks, DoubleFunction<String> format) {
    private static final double[] NICE = {1, 2, 2.5, 5, 10};
    private static final int[] TICK_COUNTS = {10, 8, 6, 5, 4, 3, 2};

    Axis {
        requireNonNull(title, "title is null");
        ticks = List.copyOf(requireNonNull(ticks, "ticks is null"));
        requireNonNull(format, "format is null");
        if (!(max > min)) {
            throw new IllegalArgumentException("empty domain " + min + " to " + max);
        }
    }

    /**
     * An axis over round numbers that holds the data, with as many ticks as fit without their labels touching.
     *
     * @param title the axis title with its unit, never null
     * @param low the smallest value to show
     * @param high the largest value to show
     * @param format how a tick value reads, never null
     * @param font the tick label font, never null
     * @param length the axis length in points
     * @return the axis, never null
     */
    static Axis nice(String title, double low, double high, DoubleFunction<String> format, Font font,
            double length) {
        double lo = Math.min(low, high);
        double hi = Math.max(low, high);
        if (hi - lo < 1e-9) {
            hi = lo + Math.max(1, Math.abs(lo) * 0.1);
        }
        Axis axis = null;
        for (int target : TICK_COUNTS) {
            double step = niceStep((hi - lo) / target);
            double start = Math.floor(lo / step + 1e-9) * step;
            double end = Math.ceil(hi / step - 1e-9) * step;
            axis = new Axis(title, start, end, ticks(start, end, step), format);
            if (axis.labelsFit(font, length)) {
                return axis;
            }
        }
        Axis last = requireNonNull(axis);
        // too narrow even for three ticks: label the two ends only
        return new Axis(title, last.min(), last.max(), List.of(last.min(), last.max()), format);
    }

    /**
     * An axis over a fixed scale, such as O*NET's importance from 1 to 5, with a tick at every step, or at every
     * second (third…) step when the labels would touch.
     *
     * @param title the axis title with its unit, never null
     * @param min the left end
     * @param max the right end
     * @param step the distance between ticks
     * @param format how a tick value reads, never null
     * @param font the tick label font, never null
     * @param length the axis length in points
     * @return the axis, never null
     */
    static Axis fixed(String title, double min, double max, double step, DoubleFunction<String> format, Font font,
            double length) {
        Axis axis = new Axis(title, min, max, ticks(min, max, step), format);
        for (int every = 2; !axis.labelsFit(font, length) && every <= (max - min) / step; every++) {
            axis = new Axis(title, min, max, ticks(min, max, step * every), format);
        }
        return axis;
    }

    /**
     * The position of a value on an axis drawn from {@code left} to {@code right}.
     *
     * @param value the value
     * @param left the position of {@link #min()}
     * @param right the position of {@link #max()}
     * @return the position, clamped to the axis
     */
    double position(double value, double left, double right) {
        double v = Math.max(min, Math.min(max, value));
        return left + (v - min) / (max - min) * (right - left);
    }

    /** Whether the tick labels, centred on their ticks, leave a gap of half a letter between them. */
    private boolean labelsFit(Font font, double length) {
        double perUnit = length / (max - min);
        double gap = font.getSize2D() * 0.6;
        for (int i = 1; i < ticks.size(); i++) {
            double room = (ticks.get(i) - ticks.get(i - 1)) * perUnit;
            double need = (Typesetter.width(format.apply(ticks.get(i)), font)
                    + Typesetter.width(format.apply(ticks.get(i - 1)), font)) / 2 + gap;
            if (room < need) {
                return false;
            }
        }
        return true;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double n : NICE) {
            if (raw <= n * magnitude * (1 + 1e-9)) {
                return n * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static List<Double> ticks(double start, double end, double step) {
        List<Double> ticks = new ArrayList<>();
        long n = (long) Math.floor((end - start) / step + 1e-9);
        for (long i = 0; i <= n; i++) {
            double t = start + i * step;
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : Math.round(t / step * 1e6) / 1e6 * step);
        }
        return ticks;
    }
}
