package org.occucompare.analytics.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Task;
import org.occucompare.core.model.WorkActivity;

/**
 * The four similarity signals of a dataset, as pairwise cosines: knowledge importance, all descriptor importance
 * (dense vectors over the dataset's element ids), work text and titles (TF-IDF). Also keeps the importance profile of
 * each occupation for explanations.
 */
final class Signals {
    static final int KNOWLEDGE = 0;
    static final int DESCRIPTORS = 1;
    static final int WORK_TEXT = 2;
    static final int TITLES = 3;
    static final int COUNT = 4;

    final List<Occupation> occupations;
    final List<Descriptor> elements = new ArrayList<>();
    final double[][] importance;
    /** Level per occupation and element; NaN where not rated. */
    final double[][] level;
    private final boolean[] knowledgeElement;
    private final double[] normAll;
    private final double[] normKnowledge;
    private final SparseVectors workText;
    private final SparseVectors titles;

    Signals(List<Occupation> occupations) {
        this.occupations = occupations;
        Map<String, Descriptor> byId = new TreeMap<>();
        for (Occupation o : occupations) {
            for (DescriptorKind kind : DescriptorKind.values()) {
                for (Descriptor d : o.descriptors(kind)) {
                    if (d.importance().isPresent()) {
                        byId.putIfAbsent(d.elementId(), d);
                    }
                }
            }
        }
        elements.addAll(byId.values());
        Map<String, Integer> column = new TreeMap<>();
        elements.forEach(d -> column.put(d.elementId(), column.size()));
        knowledgeElement = new boolean[elements.size()];
        for (int e = 0; e < elements.size(); e++) {
            knowledgeElement[e] = elements.get(e).kind() == DescriptorKind.KNOWLEDGE;
        }
        int n = occupations.size();
        importance = new double[n][elements.size()];
        level = new double[n][elements.size()];
        for (double[] row : level) {
            Arrays.fill(row, Double.NaN);
        }
        List<Map<String, Integer>> workBags = new ArrayList<>();
        List<Map<String, Integer>> titleBags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Occupation o = occupations.get(i);
            for (DescriptorKind kind : DescriptorKind.values()) {
                for (Descriptor d : o.descriptors(kind)) {
                    Integer c = column.get(d.elementId());
                    if (c != null) {
                        importance[i][c] = d.importance().orElse(0);
                        level[i][c] = d.level().orElse(Double.NaN);
                    }
                }
            }
            List<String> work = new ArrayList<>();
            work.add(o.description());
            o.tasks().stream().map(Task::statement).forEach(work::add);
            o.workActivities().stream().map(WorkActivity::title).forEach(work::add);
            workBags.add(Tokenizer.bag(work));
            List<String> names = new ArrayList<>(o.alternateTitles());
            names.add(o.title());
            titleBags.add(Tokenizer.bag(names));
        }
        normAll = new double[n];
        normKnowledge = new double[n];
        for (int i = 0; i < n; i++) {
            normAll[i] = computeNorm(i, false);
            normKnowledge[i] = computeNorm(i, true);
        }
        workText = new SparseVectors(workBags);
        titles = new SparseVectors(titleBags);
    }

    /** {@return whether occupation {@code i} has data for a signal} */
    boolean available(int signal, int i) {
        switch (signal) {
            case KNOWLEDGE:
                return norm(i, true) > 0;
            case DESCRIPTORS:
                return norm(i, false) > 0;
            case WORK_TEXT:
                return workText.hasTerms(i);
            default:
                return titles.hasTerms(i);
        }
    }

    /** {@return the cosine of occupations {@code i} and {@code j} for a signal, 0–1} */
    double cosine(int signal, int i, int j) {
        switch (signal) {
            case KNOWLEDGE:
                return denseCosine(i, j, true);
            case DESCRIPTORS:
                return denseCosine(i, j, false);
            case WORK_TEXT:
                return workText.cosine(i, j);
            default:
                return titles.cosine(i, j);
        }
    }

    private double denseCosine(int i, int j, boolean knowledgeOnly) {
        double dot = 0;
        double[] a = importance[i];
        double[] b = importance[j];
        for (int e = 0; e < a.length; e++) {
            if (!knowledgeOnly || knowledgeElement[e]) {
                dot += a[e] * b[e];
            }
        }
        double na = norm(i, knowledgeOnly);
        double nb = norm(j, knowledgeOnly);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private double norm(int i, boolean knowledgeOnly) {
        return knowledgeOnly ? normKnowledge[i] : normAll[i];
    }

    private double computeNorm(int i, boolean knowledgeOnly) {
        double s = 0;
        for (int e = 0; e < importance[i].length; e++) {
            if (!knowledgeOnly || knowledgeElement[e]) {
                s += importance[i][e] * importance[i][e];
            }
        }
        return Math.sqrt(s);
    }
}
