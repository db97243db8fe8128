package org.occucompare.web.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.IndustryEmployment;
import org.occucompare.core.model.Interest;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.WorkValue;
import org.occucompare.web.store.OccupationStore;

/**
 * Writes one occupation as plain text for a terminal, every section in turn. It never invents a number: a top-coded
 * wage reads "≥ $239,200", a missing one "n/a" with its reason, a section the source was not asked for "not
 * requested", a section only the live API has "available with a CareerOneStop token" when the local store answered,
 * and inherited SOC wages say so. Long lists show their first entries and say how many more {@code --format json}
 * holds. Not thread-safe; create one per output.
 */
final class OccupationTextWriter {
    private static final int TOP_DESCRIPTORS = 8;
    private static final int TOP_TASKS = 8;
    private static final int TOP_LIST = 10;

    /** The nation first, then states, then BLS areas; the source's order within each. */
    private static final Comparator<WageEstimate> NATION_FIRST = Comparator.comparingInt(e ->
            e.area() instanceof Location.National ? 0 : e.area() instanceof Location.State ? 1 : 2);

    private final PrintWriter out;
    private final Instant now;

    OccupationTextWriter(PrintWriter out, Instant now) {
        this.out = requireNonNull(out, "out is null");
        this.now = requireNonNull(now, "now is null");
    }

    void write(Occupation occupation) {
        out.printf("%s  %s%n", occupation.code(), occupation.title());
        occupation.soc().ifPresent(soc -> out.printf("SOC %s  %s%n", soc.code(), soc.title()));
        occupation.brightOutlook().filter(b -> b.bright())
                .ifPresent(b -> out.printf("Bright Outlook: %s%n", String.join("; ", b.categories())));
        if (!occupation.description().isBlank()) {
            out.printf("%n%s%n", occupation.description());
        }
        writeWages(occupation);
        writeProjections(occupation);
        writeIndustries(occupation);
        writeEducation(occupation);
        writeDescriptors(occupation, Section.SKILLS, "Top skills", occupation.skills());
        writeDescriptors(occupation, Section.KNOWLEDGE, "Top knowledge", occupation.knowledge());
        writeDescriptors(occupation, Section.ABILITIES, "Top abilities", occupation.abilities());
        writeInterests(occupation);
        writeWorkValues(occupation);
        writeTasks(occupation);
        writeList(occupation, Section.WORK_ACTIVITIES, "Work activities",
                occupation.workActivities().stream().map(a -> a.title()).toList());
        writeTechnology(occupation);
        writeList(occupation, Section.ALTERNATE_TITLES, "Also called", occupation.alternateTitles());
        writeList(occupation, Section.RELATED_OCCUPATIONS, "Related occupations (O*NET)",
                occupation.relatedOccupations().stream().map(r -> r.code() + "  " + r.title()).toList());
        writeLinks(occupation);
        writeSources(occupation);
        out.flush();
    }

    private void writeWages(Occupation occupation) {
        if (!heading(occupation, Section.WAGES, "Wages", occupation.wages().isPresent())) {
            return;
        }
        var wages = occupation.wages().orElseThrow();
        // places of different OEWS years (a metro area's newer file beside the state's) each say their own year
        List<Integer> years = wages.vintages(); // newest first
        boolean mixed = years.size() > 1;
        out.printf("  %s%n", mixed ? "OEWS " + years.stream().sorted().map(y -> "May " + y)
                .collect(Collectors.joining(" and ")) + ": each place shows its newest year"
                : wages.year().isPresent() ? "OEWS May " + wages.year().getAsInt() : "OEWS, year not stated");
        if (wages.inherited()) {
            out.printf("  These are the wages of the SOC group %s, which this O*NET occupation belongs to.%n",
                    wages.wageOccupation().map(soc -> soc.code() + " " + soc.title()).orElse("(not named)"));
        }
        out.printf("  %-28s %-7s %12s %12s %12s %12s %12s%s%n", "Area", "Rate", "10th", "25th", "Median", "75th", "90th",
                mixed ? "  OEWS" : "");
        for (WageEstimate estimate : wages.estimates().stream().sorted(NATION_FIRST).toList()) {
            out.printf("  %-28s %-7s", shorten(estimate.areaName(), 28), rate(estimate.rateType()));
            for (Percentile percentile : Percentile.values()) {
                out.printf(" %12s", amount(estimate.get(percentile), estimate.rateType()));
            }
            OptionalInt year = estimate.yearIn(wages);
            out.println(!mixed ? "" : year.isPresent() ? "  May " + year.getAsInt() : "  n/a");
        }
        wages.estimates().stream().flatMap(e -> List.of(Percentile.values()).stream().map(e::get))
                .filter(WageAmount::isMissing).map(a -> ((WageAmount.Missing) a).reason()).distinct()
                .forEach(reason -> out.printf("  n/a: %s%n", reason.description()));
    }

    private void writeProjections(Occupation occupation) {
        if (!heading(occupation, Section.PROJECTIONS, "Employment projections",
                occupation.projections().isPresent())) {
            return;
        }
        var projections = occupation.projections().orElseThrow();
        if (occupation.soc().isPresent() && projections.isAggregateOf(occupation.soc().get().code())) {
            out.printf("  Figures of the projections matrix occupation %s%s, which includes this one (the matrix"
                    + " does not publish it alone)%n", projections.matrixCode().orElseThrow(),
                    projections.matrixTitle().map(t -> " " + t).orElse(""));
        }
        for (ProjectionRow row : projections.rows().stream()
                .sorted(Comparator.comparing((ProjectionRow r) -> !(r.area() instanceof Location.National))).toList()) {
            out.printf("  %-28s %s: %s → %s jobs (%s), %s openings a year; counts %s%n",
                    shorten(row.areaName(), 28), row.round().label(), count(row.baseEmployment()),
                    count(row.projectedEmployment()), percent(row.percentChange()), count(row.annualOpenings()),
                    row.counts().description());
        }
    }

    private void writeIndustries(Occupation occupation) {
        var industries = occupation.projections().map(p -> p.industries()).orElse(List.of());
        if (!heading(occupation, Section.INDUSTRY_EMPLOYMENT, "Industries employing it", !industries.isEmpty())) {
            return;
        }
        industries.stream().sorted(Comparator.comparingDouble((IndustryEmployment i) ->
                        i.shareOfOccupationPct().orElse(0)).reversed()).limit(TOP_LIST)
                .forEach(i -> out.printf("  %-48s %s of its jobs, %s jobs%n", shorten(i.industryTitle(), 48),
                        share(i.shareOfOccupationPct()), count(i.baseEmployment())));
        more(industries.size());
    }

    private void writeEducation(Occupation occupation) {
        if (!heading(occupation, Section.TRAINING, "Education and training", occupation.education().isPresent())) {
            return;
        }
        var education = occupation.education().orElseThrow();
        education.typicalEntryEducation().ifPresent(v -> out.printf("  Typical entry education: %s%n", v.title()));
        education.workExperience().ifPresent(v -> out.printf("  Work experience: %s%n", v.title()));
        education.onTheJobTraining().ifPresent(v -> out.printf("  On-the-job training: %s%n", v.title()));
        if (education.jobZone().isPresent()) {
            out.printf("  O*NET job zone: %d of 5%n", education.jobZone().getAsInt());
        }
        if (!education.attainment().isEmpty()) {
            out.println("  Education attained by workers:");
            education.attainment().forEach(a -> out.printf("    %-44s %s%n", shorten(a.level(), 44),
                    share(a.percent())));
        }
    }

    private void writeInterests(Occupation occupation) {
        if (!heading(occupation, Section.INTERESTS, "Interests (RIASEC, 1–7)", !occupation.interests().isEmpty())) {
            return;
        }
        occupation.interests().stream()
                .sorted(Comparator.comparingDouble((Interest i) -> i.score().orElse(0)).reversed())
                .forEach(i -> out.printf("  %-16s %s%n", i.name(), decimal(i.score())));
    }

    private void writeWorkValues(Occupation occupation) {
        if (!heading(occupation, Section.WORK_VALUES, "Work values", !occupation.workValues().isEmpty())) {
            return;
        }
        occupation.workValues().stream()
                .sorted(Comparator.comparingDouble((WorkValue v) -> v.extent().orElse(0)).reversed())
                .forEach(v -> out.printf("  %-20s %s%s%n", v.name(), v.extent().isPresent()
                        ? "extent " + decimal(v.extent()) : "", v.characteristics().isEmpty() ? ""
                        : "  (" + String.join("; ", v.characteristics()) + ")"));
    }

    private void writeTechnology(Occupation occupation) {
        if (!heading(occupation, Section.TOOLS_AND_TECHNOLOGY, "Tools and technology",
                !occupation.toolsAndTechnology().isEmpty())) {
            return;
        }
        occupation.toolsAndTechnology().stream().limit(TOP_LIST).forEach(c -> out.printf("  %s: %s%n", c.title(),
                String.join(", ", c.examples().stream().map(e -> e.name() + (e.hotTechnology() ? " [hot]" : "")
                        + (e.inDemand() ? " [in demand]" : "")).toList())));
        more(occupation.toolsAndTechnology().size());
    }

    private void writeList(Occupation occupation, Section section, String title, List<String> items) {
        if (!heading(occupation, section, title, !items.isEmpty())) {
            return;
        }
        items.stream().limit(TOP_LIST).forEach(item -> out.printf("  - %s%n", item));
        more(items.size());
    }

    private void writeLinks(Occupation occupation) {
        var resources = occupation.resources();
        if (heading(occupation, Section.OUTLOOK_HANDBOOK, "Occupational Outlook Handbook",
                !resources.outlookHandbooks().isEmpty())) {
            resources.outlookHandbooks().forEach(l -> out.printf("  %s  %s%n", l.title(), l.url()));
        }
        if (heading(occupation, Section.STATE_LMI_LINKS, "State labor market information",
                !resources.stateLmiLinks().isEmpty())) {
            resources.stateLmiLinks().forEach(l -> out.printf("  %s: %s  %s%n", l.stateName(), l.title(), l.url()));
        }
        if (heading(occupation, Section.VIDEOS, "Career videos",
                resources.careerVideoUrl().isPresent() || !resources.videos().isEmpty())) {
            resources.careerVideoUrl().ifPresent(url -> out.printf("  %s%n", url));
            resources.videos().forEach(v -> out.printf("  %s%s%n", v.title(), v.url().map(u -> "  " + u).orElse("")));
        }
        if (heading(occupation, Section.TRAINING_PROGRAMS, "Training programs",
                !resources.trainingPrograms().isEmpty())) {
            resources.trainingPrograms().stream().limit(TOP_LIST).forEach(p -> out.printf("  %s%s%n",
                    p.cipCode().map(c -> "CIP " + c + "  ").orElse(""), p.title()));
            more(resources.trainingPrograms().size());
        }
    }

    private void more(int size) {
        if (size > TOP_LIST) {
            out.printf("  … and %d more (--format json shows all)%n", size - TOP_LIST);
        }
    }

    private void writeDescriptors(Occupation occupation, Section section, String title, List<Descriptor> list) {
        if (!heading(occupation, section, title, !list.isEmpty())) {
            return;
        }
        list.stream().filter(d -> d.importance().isPresent())
                .sorted(Comparator.comparingDouble((Descriptor d) -> d.importance().getAsDouble()).reversed())
                .limit(TOP_DESCRIPTORS)
                .forEach(d -> out.printf("  %-40s importance %s  level %s%n", shorten(d.name(), 40),
                        decimal(d.importance()), decimal(d.level())));
    }

    private void writeTasks(Occupation occupation) {
        if (!heading(occupation, Section.TASKS, "Tasks", !occupation.tasks().isEmpty())) {
            return;
        }
        occupation.tasks().stream().limit(TOP_TASKS).forEach(t -> out.printf("  - %s%n", t.statement()));
        if (occupation.tasks().size() > TOP_TASKS) {
            out.printf("  … and %d more (--format json shows all)%n", occupation.tasks().size() - TOP_TASKS);
        }
    }

    private void writeSources(Occupation occupation) {
        out.printf("%nSources%n");
        for (Provenance p : occupation.provenance().values().stream().distinct().toList()) {
            out.printf("  %s, %s%s%n", p.name(), p.vintage(), p.citation().map(c -> ". " + c).orElse(""));
        }
        var retrieval = occupation.retrieval();
        out.printf("  Retrieved %s via %s for %s%s%n", retrieval.retrievedAt(), retrieval.via().displayName(),
                retrieval.location().displayName(),
                retrieval.stale() ? " (STALE: " + age(retrieval.age(now)) + " old; the source could not be reached)"
                        : "");
        retrieval.autoCorrection().ifPresent(corrected -> out.printf("  %s corrected the request to \"%s\"%n",
                retrieval.via().displayName(), corrected));
        retrieval.didYouMean().ifPresent(suggested -> out.printf("  %s also suggests \"%s\"%n",
                retrieval.via().displayName(), suggested));
    }

    /** Prints a section heading and says why it is empty; returns whether there is content to print. */
    private boolean heading(Occupation occupation, Section section, String title, boolean hasContent) {
        out.printf("%n%s%n", title);
        if (!occupation.isRequested(section)) {
            out.println(!OccupationStore.holds(section) && occupation.retrieval().via() != SourceKind.CAREERONESTOP
                    ? "  available with a CareerOneStop token (set OCCUCOMPARE_COS_USER_ID and OCCUCOMPARE_COS_TOKEN)"
                    : "  not requested from the source");
            return false;
        }
        if (!hasContent) {
            out.println("  the source has no data for this occupation");
            return false;
        }
        return true;
    }

    static String amount(WageAmount amount, RateType rateType) {
        String pattern = rateType == RateType.ANNUAL ? "$%,.0f" : "$%,.2f";
        if (amount instanceof WageAmount.Figure figure) {
            return String.format(Locale.US, pattern, figure.usd());
        }
        if (amount instanceof WageAmount.TopCoded topCoded) {
            return "≥ " + String.format(Locale.US, pattern, topCoded.atLeastUsd());
        }
        return "n/a";
    }

    private static String rate(RateType rateType) {
        return rateType == RateType.ANNUAL ? "annual" : "hourly";
    }

    private static String count(OptionalLong value) {
        return value.isPresent() ? String.format(Locale.US, "%,d", value.getAsLong()) : "n/a";
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.US, "%+.1f%%", value.getAsDouble()) : "n/a";
    }

    private static String share(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.US, "%.1f%%", value.getAsDouble()) : "n/a";
    }

    /** A figure with two decimals, or "n/a" for none. */
    static String decimal(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.US, "%.2f", value.getAsDouble()) : "n/a";
    }

    private static String age(Duration age) {
        return age.toDays() > 0 ? age.toDays() + " days" : age.toHours() + " hours";
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
