package org.occucompare.analytics.onet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Task;
import org.occucompare.core.model.WorkActivity;

/**
 * Reads the official O*NET 30.1 files from the shared data folder into occupations, for tests that measure against
 * the whole dataset. Skills and knowledge come from the Excel edition ({@code Skills.xlsx}, {@code Knowledge.xlsx}),
 * abilities from {@code onet-30.0-abilities/Abilities.txt} (see that folder's PROVENANCE.md). Only occupations with
 * descriptor ratings are returned. The data folder is {@code ../shared/data} from the checkout root; the property
 * {@code occucompare.data} overrides it.
 */
public final class OnetFiles {
    private final Path onet;
    private final Path abilities;

    private OnetFiles(Path data) {
        this.onet = data.resolve("onet-30.1");
        this.abilities = data.resolve("onet-30.0-abilities/Abilities.txt");
    }

    /** {@return the files, or empty with nothing to read when the shared data folder is absent} */
    public static Optional<OnetFiles> find() {
        Path data = Path.of(System.getProperty("occucompare.data", "../../shared/data"));
        OnetFiles files = new OnetFiles(data);
        boolean present = Files.isRegularFile(files.onet.resolve("Skills.xlsx"))
                && Files.isRegularFile(files.onet.resolve("Knowledge.xlsx"))
                && Files.isRegularFile(files.abilities)
                && Files.isRegularFile(files.onet.resolve("Related Occupations.txt"));
        return present ? Optional.of(files) : Optional.empty();
    }

    /** {@return the occupations that have skill, knowledge and ability ratings, by code} */
    public List<Occupation> occupations() {
        Map<String, String[]> data = new TreeMap<>();
        tsv("Occupation Data.txt", r -> data.put(r[0], r));
        Map<String, Map<String, Descriptor>> ratings = new TreeMap<>();
        xlsx(onet.resolve("Skills.xlsx"), DescriptorKind.SKILL, ratings);
        xlsx(onet.resolve("Knowledge.xlsx"), DescriptorKind.KNOWLEDGE, ratings);
        lines(abilities, r -> rate(ratings, r[0], DescriptorKind.ABILITY, r[1], r[2], r[3], r[4]));
        Map<String, List<Task>> tasks = new HashMap<>();
        tsv("Task Statements.txt", r -> tasks.computeIfAbsent(r[0], k -> new ArrayList<>())
                .add(new Task(r[1], r[2], OptionalDouble.empty(), Optional.of(r[3]))));
        Map<String, String> dwaTitles = new HashMap<>();
        tsv("DWA Reference.txt", r -> dwaTitles.put(r[2], r[3]));
        Map<String, Map<String, List<String>>> dwas = new HashMap<>();
        tsv("Tasks to DWAs.txt", r -> dwas.computeIfAbsent(r[0], k -> new TreeMap<>())
                .computeIfAbsent(r[2], k -> new ArrayList<>()).add(r[1]));
        Map<String, List<String>> alternates = new HashMap<>();
        tsv("Alternate Titles.txt", r -> alternates.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
        List<Occupation> occupations = new ArrayList<>();
        ratings.forEach((code, byElement) -> {
            String[] d = data.get(code);
            List<WorkActivity> activities = new ArrayList<>();
            dwas.getOrDefault(code, Map.of()).forEach((id, taskIds) -> activities.add(new WorkActivity(id,
                    dwaTitles.getOrDefault(id, ""), OptionalDouble.empty(), taskIds)));
            occupations.add(Occupation.minimal(new OccupationCode(code), d[1], Fixtures.retrieval())
                    .withDescription(d[2]).withTasks(tasks.getOrDefault(code, List.of()))
                    .withWorkActivities(activities).withAlternateTitles(alternates.getOrDefault(code, List.of()))
                    .withSkills(ofKind(byElement, DescriptorKind.SKILL))
                    .withKnowledge(ofKind(byElement, DescriptorKind.KNOWLEDGE))
                    .withAbilities(ofKind(byElement, DescriptorKind.ABILITY)));
        });
        return occupations;
    }

    /** {@return O*NET's related occupations of each occupation, in O*NET's order} */
    public Map<OccupationCode, List<OccupationCode>> relatedOccupations() {
        Map<OccupationCode, List<OccupationCode>> related = new HashMap<>();
        tsv("Related Occupations.txt", r -> related.computeIfAbsent(new OccupationCode(r[0]), k -> new ArrayList<>())
                .add(new OccupationCode(r[1])));
        return related;
    }

    private static List<Descriptor> ofKind(Map<String, Descriptor> byElement, DescriptorKind kind) {
        return byElement.values().stream().filter(x -> x.kind() == kind).toList();
    }

    /** Adds one IM or LV rating of one element to an occupation's descriptors. */
    private static void rate(Map<String, Map<String, Descriptor>> ratings, String code, DescriptorKind kind,
            String element, String name, String scale, String value) {
        if (!scale.equals("IM") && !scale.equals("LV")) {
            return;
        }
        double v = Double.parseDouble(value);
        Map<String, Descriptor> own = ratings.computeIfAbsent(code, k -> new TreeMap<>());
        Descriptor old = own.getOrDefault(element, new Descriptor(kind, element, name, "", OptionalDouble.empty(),
                OptionalDouble.empty()));
        own.put(element, scale.equals("IM")
                ? new Descriptor(kind, element, name, "", OptionalDouble.of(v), old.level())
                : new Descriptor(kind, element, name, "", old.importance(), OptionalDouble.of(v)));
    }

    /** Reads a sheet with the Excel edition's columns: code, title, element id, name, scale id, scale name, value. */
    private static void xlsx(Path file, DescriptorKind kind, Map<String, Map<String, Descriptor>> ratings) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.skip(1).forEach(r -> rate(ratings, r.getCellText(0), kind, r.getCellText(2), r.getCellText(3),
                    r.getCellText(4), r.getCellText(6)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tsv(String name, Consumer<String[]> row) {
        lines(onet.resolve(name), row);
    }

    /** Reads a tab-separated O*NET text file (UTF-8, CRLF), skipping the header. */
    private static void lines(Path file, Consumer<String[]> row) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
