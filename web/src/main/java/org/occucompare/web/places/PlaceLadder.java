package org.occucompare.web.places;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

/**
 * The places a comparison sets side by side and what it says about them: a city, ZIP code or area comes with its
 * state and the nation (the place ladder); a state or the nation stands alone. Stateless.
 */
public final class PlaceLadder {
    private PlaceLadder() {
    }

    /**
     * The places to compare: each place's ladder when it lies below the state, else the place itself; distinct, in
     * order.
     *
     * @param resolved the places as resolved, never null
     * @return the places, never null
     */
    public static List<Location> places(List<ResolvedPlace> resolved) {
        Set<Location> places = new LinkedHashSet<>();
        for (ResolvedPlace place : resolved) {
            if (isBelowState(place)) {
                places.addAll(place.ladder());
            } else {
                places.add(place.place());
            }
        }
        return List.copyOf(places);
    }

    /**
     * Takes the data source's word for a city or ZIP code the gazetteer could only place in its state, or placed in an
     * area the source holds no wages for: when one such place was asked for and the occupations' wages hold exactly
     * one BLS area no other place accounts for, that area answers it (CareerOneStop answers a ZIP code with its metro
     * area, which may differ from the county table's where OMB redrew the areas). Otherwise the places are unchanged.
     *
     * @param resolved the places as resolved, never null
     * @param occupations the occupations fetched for them, never null
     * @param gazetteer names the area, when it knows it; never null
     * @return the places, never null
     */
    public static List<ResolvedPlace> answeredBySource(List<ResolvedPlace> resolved, List<Occupation> occupations,
            Gazetteer gazetteer) {
        requireNonNull(gazetteer, "gazetteer is null");
        Map<Location, String> areas = new LinkedHashMap<>();
        for (Occupation o : occupations) {
            for (WageEstimate e : o.wages().map(Wages::estimates).orElse(List.of())) {
                if (e.area() instanceof Location.Area) {
                    areas.putIfAbsent(e.area(), e.areaName());
                }
            }
        }
        List<ResolvedPlace> open = resolved.stream().filter(p -> isBelowState(p)
                && (p.area().isEmpty() || !areas.containsKey(p.place()))).toList();
        if (open.size() != 1) {
            return resolved;
        }
        Set<Location> known = resolved.stream().map(ResolvedPlace::place).collect(Collectors.toSet());
        areas.keySet().removeAll(known);
        if (areas.size() != 1) {
            return resolved;
        }
        Map.Entry<Location, String> answer = areas.entrySet().iterator().next();
        Location.Area area = (Location.Area) answer.getKey();
        ResolvedPlace asked = open.get(0);
        Optional<OewsArea> named = gazetteer.area(area.code());
        String label = asked.request() instanceof Location.ZipCode zip ? "ZIP " + zip.zip() : asked.request().key();
        ResolvedPlace adopted = new ResolvedPlace(asked.asked(), asked.request(), area, named,
                label + " → " + named.map(OewsArea::describe).orElse(answer.getValue())
                        + " (the area the data source answered with)");
        return resolved.stream().map(p -> p == asked ? adopted : p).toList();
    }

    /**
     * What a comparison says about its places: how each one below the state was resolved, and, when the wages of
     * the places compared are of different OEWS years, which are of which.
     *
     * @param resolved the places as resolved, never null
     * @param places the places compared, never null
     * @param occupations the occupations compared, never null
     * @return the notes, never null
     */
    public static List<String> notes(List<ResolvedPlace> resolved, List<Location> places,
            List<Occupation> occupations) {
        List<String> notes = new ArrayList<>();
        resolved.stream().filter(p -> !p.isAsTyped()).map(ResolvedPlace::how).distinct().forEach(notes::add);
        yearsNote(places, occupations).ifPresent(notes::add);
        return List.copyOf(notes);
    }

    /**
     * When the wages of the places compared are of different OEWS years, which are of which: "The wages compared are
     * of different OEWS years: May 2025 for Chicago-Naperville-Elgin, IL-IN; May 2024 for Illinois, United States
     * (each place shows its newest)."
     *
     * @param places the places compared, never null
     * @param occupations the occupations compared, never null
     * @return the note, or empty when the places' wages are of one year; never null
     */
    public static Optional<String> yearsNote(List<Location> places, List<Occupation> occupations) {
        Map<Integer, Set<String>> byYear = new TreeMap<>();
        for (Occupation o : occupations) {
            o.wages().ifPresent(w -> {
                for (Location place : places) {
                    w.estimates().stream().filter(e -> e.area().equals(place)).findFirst().ifPresent(e -> {
                        OptionalInt year = e.yearIn(w);
                        if (year.isPresent()) {
                            byYear.computeIfAbsent(year.getAsInt(), y -> new LinkedHashSet<>()).add(e.areaName());
                        }
                    });
                }
            });
        }
        if (byYear.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("The wages compared are of different OEWS years: " + byYear.entrySet().stream()
                .sorted(Map.Entry.<Integer, Set<String>>comparingByKey().reversed())
                .map(e -> "May " + e.getKey() + " for " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; ")) + " (each place shows its newest).");
    }

    private static boolean isBelowState(ResolvedPlace place) {
        return place.area().isPresent() || place.place() instanceof Location.Area
                || place.request() instanceof Location.City || place.request() instanceof Location.ZipCode;
    }
}
