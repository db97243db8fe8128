package org.occucompare.web.api;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.occucompare.core.OccupationException;
import org.occucompare.web.chart.FigureSize;
import org.occucompare.web.ui.Params;

/**
 * The printed size of a chart from the query parameters {@code size} (a preset), {@code width_mm}, {@code dpi} and
 * {@code scale}; every failure names its parameter. Stateless.
 */
final class FigureParams {
    private FigureParams() {
    }

    /**
     * The size a request asks for.
     *
     * @param ctx the request, never null
     * @return the size, the screen size by default; never null
     * @throws OccupationException {@code INVALID_INPUT} naming the parameter that is wrong
     */
    static FigureSize of(Context ctx) {
        Optional<FigureSize.Preset> preset = param(ctx, "size", FigureSize.Preset::parse);
        Optional<Double> widthMm = param(ctx, "width_mm", v -> number(v, "a width in millimetres such as 89"));
        Optional<Double> dpi = param(ctx, "dpi", v -> number(v, "a whole number of dots per inch such as 300"));
        Optional<Double> scale = param(ctx, "scale", v -> number(v, "a number such as 2"));
        if (dpi.isPresent() && dpi.get() != Math.rint(dpi.get())) {
            throw Params.invalid("dpi", "must be a whole number, such as 300.");
        }
        String name = scale.isPresent() ? "scale" : dpi.isPresent() ? "dpi" : widthMm.isPresent() ? "width_mm"
                : "size";
        try {
            return FigureSize.of(preset, widthMm.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                    dpi.map(d -> OptionalInt.of((int) Math.min(Integer.MAX_VALUE, d.doubleValue())))
                            .orElse(OptionalInt.empty()),
                    scale.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
        } catch (OccupationException e) {
            throw Params.invalid(name, "is wrong: " + e.getMessage());
        }
    }

    private static <T> Optional<T> param(Context ctx, String name, Function<String, T> parser) {
        @Nullable String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (OccupationException e) {
            throw Params.invalid(name, "is wrong: " + e.getMessage());
        }
    }

    private static double number(String value, String example) {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OccupationException.invalidInput("\"" + value + "\" is not a number: give " + example + ".");
    }
}
