package org.occucompare.apiclient.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.occucompare.apiclient.internal.json.CategoryJson;
import org.occucompare.apiclient.internal.json.DescriptorJson;
import org.occucompare.apiclient.internal.json.DwaJson;
import org.occucompare.apiclient.internal.json.ExampleJson;
import org.occucompare.apiclient.internal.json.TaskJson;
import org.occucompare.apiclient.internal.json.ToolGroupJson;
import org.occucompare.apiclient.internal.json.ToolsAndTechJson;
import org.occucompare.apiclient.internal.json.WorkValueJson;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Interest;
import org.occucompare.core.model.RiasecType;
import org.occucompare.core.model.Task;
import org.occucompare.core.model.TechnologyCategory;
import org.occucompare.core.model.TechnologyExample;
import org.occucompare.core.model.TechnologyKind;
import org.occucompare.core.model.WorkActivity;
import org.occucompare.core.model.WorkValue;

/**
 * Maps what the work is: tasks (each kept once, rated first), detailed work activities (one per DWA with all its
 * task ids), skills/knowledge/abilities ({@code DataValue} is O*NET's 1–5 importance; {@code ""} means unrated),
 * RIASEC interests, work values, and tools and technology.
 */
final class WorkMapper {
    private WorkMapper() {
    }

    /** Tasks, each once (by id, else by statement): rated ones first by rating, then unrated in arrival order. */
    static List<Task> tasks(@Nullable List<@Nullable TaskJson> json) {
        Map<String, Task> byKey = new LinkedHashMap<>();
        for (TaskJson task : Texts.items(json)) {
            Optional<String> statement = Texts.text(task.taskDescription());
            if (statement.isEmpty()) {
                continue;
            }
            String id = Texts.orEmpty(task.taskId());
            String key = id.isEmpty() ? "text:" + statement.get().toLowerCase(Locale.ROOT) : "id:" + id;
            OptionalDouble rating = Texts.within(task.dataValue(), 0, Double.MAX_VALUE);
            Task seen = byKey.get(key);
            if (seen == null || seen.rating().isEmpty() && rating.isPresent()) {
                byKey.put(key, new Task(id, statement.get(), rating, Optional.empty()));
            }
        }
        List<Task> tasks = new ArrayList<>(byKey.values());
        tasks.sort(Comparator.comparingDouble((Task t) -> -t.rating().orElse(Double.NEGATIVE_INFINITY)));
        return tasks;
    }

    /** Detailed work activities, one per DWA id in arrival order, collecting the task ids of all its rows. */
    static List<WorkActivity> workActivities(@Nullable List<@Nullable DwaJson> json) {
        Map<String, List<DwaJson>> byId = new LinkedHashMap<>();
        for (DwaJson row : Texts.items(json)) {
            Optional<String> title = Texts.text(row.dwaTitle());
            if (title.isPresent()) {
                byId.computeIfAbsent(Texts.text(row.dwaId()).orElse("title:" + title.get()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<WorkActivity> activities = new ArrayList<>();
        for (List<DwaJson> rows : byId.values()) {
            DwaJson first = rows.get(0);
            OptionalDouble rating = rows.stream().map(r -> Texts.within(r.dataValue(), 0, Double.MAX_VALUE))
                    .filter(OptionalDouble::isPresent).findFirst().orElse(OptionalDouble.empty());
            List<String> taskIds = rows.stream().map(r -> Texts.text(r.taskId())).flatMap(Optional::stream)
                    .distinct().toList();
            activities.add(new WorkActivity(Texts.orEmpty(first.dwaId()), Texts.orEmpty(first.dwaTitle()), rating,
                    taskIds));
        }
        return activities;
    }

    /** Skills, knowledge or abilities, each element once; importance only when on the 1–5 scale. */
    static List<Descriptor> descriptors(@Nullable List<@Nullable DescriptorJson> json, DescriptorKind kind) {
        List<Descriptor> descriptors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DescriptorJson row : Texts.items(json)) {
            Optional<String> name = Texts.text(row.elementName());
            String id = Texts.orEmpty(row.elementId());
            if (name.isEmpty() || !seen.add(id.isEmpty() ? name.get() : id)) {
                continue;
            }
            OptionalDouble importance = Texts.within(row.dataValue(), 1, 5);
            if (row.dataValue() == null) {
                // no DataValue at all (not the empty "unrated" one): fall back to an Importance figure
                importance = Texts.within(row.importance(), 1, 5);
            }
            descriptors.add(new Descriptor(kind, id, name.get(), Texts.orEmpty(row.elementDescription()), importance,
                    OptionalDouble.empty()));
        }
        return descriptors;
    }

    /** The six RIASEC interests with their 1–7 scores; high-point rows and unknown elements are left out. */
    static List<Interest> interests(@Nullable List<@Nullable DescriptorJson> json) {
        Map<RiasecType, Interest> byType = new LinkedHashMap<>();
        for (DescriptorJson row : Texts.items(json)) {
            Optional<RiasecType> type = Texts.text(row.elementId()).flatMap(RiasecType::fromElementId)
                    .or(() -> Texts.text(row.elementName()).flatMap(RiasecType::fromName));
            type.ifPresent(t -> byType.putIfAbsent(t, new Interest(t, Texts.text(row.elementName())
                    .orElse(t.displayName()), Texts.orEmpty(row.elementDescription()),
                    Texts.within(row.dataValue(), 1, 7))));
        }
        return List.copyOf(byType.values());
    }

    /** Work values with their characteristics (blank ones dropped). */
    static List<WorkValue> workValues(@Nullable List<@Nullable WorkValueJson> json) {
        List<WorkValue> values = new ArrayList<>();
        for (WorkValueJson row : Texts.items(json)) {
            Texts.text(row.workValue()).ifPresent(name -> values.add(new WorkValue(Texts.text(row.elementId()), name,
                    Texts.within(row.dataValue(), 1, 7), Texts.items(row.characteristics()).stream()
                            .map(Texts::text).flatMap(Optional::stream).toList())));
        }
        return values;
    }

    /** Tool categories, then technology categories, each with its examples. */
    static List<TechnologyCategory> toolsAndTechnology(@Nullable List<@Nullable ToolsAndTechJson> json) {
        List<TechnologyCategory> categories = new ArrayList<>();
        for (ToolsAndTechJson block : Texts.items(json)) {
            addCategories(categories, block.tools(), TechnologyKind.TOOL);
            addCategories(categories, block.technology(), TechnologyKind.TECHNOLOGY);
        }
        return categories;
    }

    private static void addCategories(List<TechnologyCategory> into, @Nullable ToolGroupJson group,
            TechnologyKind kind) {
        if (group == null) {
            return;
        }
        for (CategoryJson category : Texts.items(group.categories())) {
            Optional<String> title = Texts.text(category.title());
            if (title.isPresent()) {
                List<TechnologyExample> examples = new ArrayList<>();
                for (ExampleJson example : Texts.items(category.examples())) {
                    Texts.text(example.name()).ifPresent(name -> examples.add(new TechnologyExample(name,
                            Texts.yes(example.hotTechnology()), Texts.yes(example.inDemand()))));
                }
                into.add(new TechnologyCategory(kind, title.get(), examples));
            }
        }
    }
}
