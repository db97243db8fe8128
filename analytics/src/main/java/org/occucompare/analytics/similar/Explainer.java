package org.occucompare.analytics.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.core.model.DescriptorKind;

/**
 * Explains a similarity with the descriptors both occupations need distinctly more than occupations in general:
 * those where both importances lie above the element's mean over the dataset, ranked by the smaller of the two
 * standard scores. Shared baseline needs such as Oral Comprehension, which every occupation rates highly, are thus
 * not offered as explanations.
 */
final class Explainer {
    /** The descriptors of the dataset, in element id order: the columns of the importance and level rows. */
    final List<Element> elements;
    /** Importance per occupation and element; 0 where not rated. */
    final double[][] importance;
    /** Level per occupation and element; NaN where not rated. */
    final double[][] level;
    private final double[] mean;
    private final double[] sd;

    Explainer(List<Element> elements, double[][] importance, double[][] level) {
        this.elements = List.copyOf(elements);
        this.importance = importance;
        this.level = level;
        int e = elements.size();
        mean = new double[e];
        sd = new double[e];
        for (int k = 0; k < e; k++) {
            double sum = 0;
            double sumSq = 0;
            int count = 0;
            for (double[] row : importance) {
                if (row[k] > 0) {
                    sum += row[k];
                    sumSq += row[k] * row[k];
                    count++;
                }
            }
            mean[k] = count == 0 ? 0 : sum / count;
            sd[k] = count == 0 ? 0 : Math.sqrt(Math.max(0, sumSq / count - mean[k] * mean[k]));
        }
    }

    List<SharedDescriptor> shared(int i, int j, int limit) {
        double[] a = importance[i];
        double[] b = importance[j];
        List<double[]> candidates = new ArrayList<>();
        for (int k = 0; k < a.length; k++) {
            if (a[k] > 0 && b[k] > 0 && sd[k] > 0) {
                double z = Math.min((a[k] - mean[k]) / sd[k], (b[k] - mean[k]) / sd[k]);
                if (z > 0) {
                    candidates.add(new double[] {k, z});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[1]).thenComparingDouble(c -> c[0]));
        List<SharedDescriptor> shared = new ArrayList<>();
        for (double[] c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            int k = (int) c[0];
            Element d = elements.get(k);
            shared.add(new SharedDescriptor(d.id(), d.name(), d.kind(), a[k], b[k], level(level[i][k]),
                    level(level[j][k])));
        }
        return shared;
    }

    private static OptionalDouble level(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** A descriptor of the dataset: its O*NET element id, name and kind. */
    record Element(String id, String name, DescriptorKind kind) {
    }
}
