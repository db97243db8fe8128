package org.occucompare.analytics.skills;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Occupation;

/**
 * Computes skill overlap. Naive Jaccard is not offered: O*NET rates every occupation on every descriptor, so every
 * pair would share all of them. The raw cosine of the all-positive importance vectors is about 0.95 for almost every
 * pair, so the score for readers is centred (a Pearson correlation of the two profiles) and, when a dataset is at
 * hand, the raw cosine's percentile among all pairs. Thread-safe.
 */
public final class SkillOverlaps {
    private static final int SHARED_TOP = 10;
    private static final int GAPS_TOP = 15;

    private final Optional<CosinePercentiles> calibration;

    /** Creates a calculator without a dataset: no percentile among pairs. */
    public SkillOverlaps() {
        this.calibration = Optional.empty();
    }

    /**
     * Creates a calculator that calibrates against a dataset.
     *
     * @param calibration where a raw cosine stands among all pairs, never null
     */
    public SkillOverlaps(CosinePercentiles calibration) {
        this.calibration = Optional.of(requireNonNull(calibration, "calibration is null"));
    }

    /**
     * Compares two occupations.
     *
     * @param a the occupation moved from, never null
     * @param b the occupation moved to, never null
     * @return the overlap, never null
     */
    public SkillOverlap compare(Occupation a, Occupation b) {
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
        List<Descriptor[]> pairs = pairs(a, b);
        List<String> notes = new ArrayList<>();
        notes.add("Score: the Pearson correlation of the two rating profiles over the skills, knowledge and abilities"
                + " both are rated on (importance scaled by (IM − 1) / 4, level by LV / 7). The raw cosine is shown"
                + " too but is about 0.95 for almost every pair.");
        if (pairs.isEmpty()) {
            notes.add("No skills, knowledge or abilities rated for both " + a.code() + " and " + b.code()
                    + ": request those sections to compare them.");
            return new SkillOverlap(a.code(), b.code(), 0, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), List.of(), List.of(), List.of(), notes);
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Descriptor[] p : pairs) {
            double ia = p[0].importance().getAsDouble();
            double ib = p[1].importance().getAsDouble();
            dot += ia * ib;
            na += ia * ia;
            nb += ib * ib;
            x.add((ia - 1) / 4);
            y.add((ib - 1) / 4);
            if (p[0].level().isPresent() && p[1].level().isPresent()) {
                x.add(p[0].level().getAsDouble() / 7);
                y.add(p[1].level().getAsDouble() / 7);
            }
        }
        double cosine = dot / Math.sqrt(na * nb);
        OptionalDouble pearson = Correlation.pearson(x, y);
        if (pearson.isEmpty()) {
            notes.add("Too few or too uniform ratings to centre the profiles, so there is no centred score.");
        }
        OptionalDouble percentile = calibration.map(c -> c.percentileOfImportanceCosine(cosine))
                .orElse(OptionalDouble.empty());
        return new SkillOverlap(a.code(), b.code(), pairs.size(), pearson, OptionalDouble.of(cosine), percentile,
                sharedTop(pairs), gaps(pairs, false), gaps(pairs, true), notes);
    }

    /** The descriptors rated on importance for both, matched by element id, in a's order. */
    private static List<Descriptor[]> pairs(Occupation a, Occupation b) {
        Map<String, Descriptor> bs = new LinkedHashMap<>();
        for (DescriptorKind kind : DescriptorKind.values()) {
            b.descriptors(kind).forEach(d -> bs.put(d.elementId(), d));
        }
        List<Descriptor[]> pairs = new ArrayList<>();
        for (DescriptorKind kind : DescriptorKind.values()) {
            for (Descriptor d : a.descriptors(kind)) {
                Descriptor other = bs.get(d.elementId());
                if (other != null && d.importance().isPresent() && other.importance().isPresent()) {
                    pairs.add(new Descriptor[] {d, other});
                }
            }
        }
        return pairs;
    }

    private static List<SharedDescriptor> sharedTop(List<Descriptor[]> pairs) {
        return pairs.stream()
                .sorted(Comparator.comparingDouble((Descriptor[] p) -> -Math.min(p[0].importance().getAsDouble(),
                        p[1].importance().getAsDouble())).thenComparing(p -> p[0].name()))
                .limit(SHARED_TOP)
                .map(p -> new SharedDescriptor(p[0].elementId(), p[0].name(), p[0].kind(),
                        p[0].importance().getAsDouble(), p[1].importance().getAsDouble(), p[0].level(), p[1].level()))
                .toList();
    }

    /** What the target needs at a higher level than the source; {@code reverse} swaps them. */
    private static List<SkillGap> gaps(List<Descriptor[]> pairs, boolean reverse) {
        List<SkillGap> gaps = new ArrayList<>();
        for (Descriptor[] p : pairs) {
            Descriptor from = reverse ? p[1] : p[0];
            Descriptor to = reverse ? p[0] : p[1];
            if (from.level().isEmpty() || to.level().isEmpty()) {
                continue;
            }
            double levelFrom = from.level().getAsDouble();
            double levelTo = to.level().getAsDouble();
            if (levelTo > levelFrom) {
                double importance = to.importance().getAsDouble();
                gaps.add(new SkillGap(to.elementId(), to.name(), to.kind(), levelFrom, levelTo, importance,
                        importance / 5 * (levelTo - levelFrom)));
            }
        }
        gaps.sort(Comparator.comparingDouble((SkillGap g) -> -g.weightedGap()).thenComparing(SkillGap::name));
        return gaps.size() > GAPS_TOP ? List.copyOf(gaps.subList(0, GAPS_TOP)) : gaps;
    }
}
