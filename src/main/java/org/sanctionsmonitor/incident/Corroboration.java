package org.sanctionsmonitor.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sanctionsmonitor.source.Reliability;
import org.sanctionsmonitor.source.SourceType;

/**
 * How well an incident is sourced, counted over its published sources: how many, from how many distinct outlets and
 * how many independent origins (a wire story republished by five sites is one origin), of which types (state media
 * counted apart when the state is a party to the incident) and reliability grades, and plain warnings. The list's
 * corroboration filter counts the same way ({@code incident_evidence}).
 *
 * @param unpublished cited sources that are not published yet, which do not count (editors see them cited)
 */
public record Corroboration(int sources, int outlets, int origins, List<Count> types, Map<Reliability, Integer> grades,
        List<Count> originCounts, List<String> warnings, int unpublished) {

    /** A label and how many sources it covers. */
    public record Count(String label, int count) {
    }

    /** One published source as the panel counts it. */
    public record Evidence(SourceType type, String outletKey, String originKey, String originLabel, Reliability reliability,
            String stateMediaOf, boolean stateMediaOfParty) {
    }

    public Corroboration {
        types = List.copyOf(types);
        grades = Map.copyOf(grades);
        originCounts = List.copyOf(originCounts);
        warnings = List.copyOf(warnings);
    }

    /** Counts and warnings for these published sources ({@code unpublished} more are cited but not counted). */
    public static Corroboration of(List<Evidence> sources, int unpublished) {
        int outlets = (int) sources.stream().map(Evidence::outletKey).distinct().count();
        Map<String, List<Evidence>> byOrigin = new LinkedHashMap<>();
        sources.forEach(source -> byOrigin.computeIfAbsent(source.originKey(), key -> new ArrayList<>()).add(source));
        List<Count> origins = byOrigin.values().stream()
                .map(group -> new Count(group.getFirst().originLabel(), group.size()))
                .sorted((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count()) : a.label().compareToIgnoreCase(b.label()))
                .toList();

        Map<String, Integer> types = new LinkedHashMap<>();
        for (SourceType type : SourceType.values()) {
            for (Evidence source : sources) {
                if (source.type() == type) {
                    types.merge(typeLabel(source), 1, Integer::sum);
                }
            }
        }
        Map<Reliability, Integer> grades = new EnumMap<>(Reliability.class);
        sources.forEach(source -> grades.merge(source.reliability(), 1, Integer::sum));

        List<String> warnings = new ArrayList<>();
        if (sources.isEmpty()) {
            warnings.add("No published source supports it yet.");
        } else if (sources.size() == 1) {
            warnings.add("Single source: only one published source supports it.");
        } else if (byOrigin.size() == 1) {
            warnings.add("All " + sources.size() + " sources repeat one report: " + origins.getFirst().label() + ".");
        }
        if (!sources.isEmpty() && sources.stream().allMatch(Evidence::stateMediaOfParty)) {
            Set<String> states = sources.stream().map(Evidence::stateMediaOf).collect(Collectors.toCollection(TreeSet::new));
            warnings.add("Only state media of a party to it (" + String.join(", ", states) + ").");
        }
        if (!sources.isEmpty() && sources.stream().noneMatch(source -> source.reliability().compareTo(Reliability.C) <= 0)) {
            warnings.add("No source is graded A to C: each is not usually reliable, unreliable, or cannot be judged.");
        }
        return new Corroboration(sources.size(), outlets, byOrigin.size(),
                types.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), grades, origins, warnings, unpublished);
    }

    private static String typeLabel(Evidence source) {
        if (source.type() != SourceType.STATE_MEDIA) {
            return source.type().label();
        }
        return source.stateMediaOfParty() ? "State media of a party to it (" + source.stateMediaOf() + ")"
                : "State media of a state not party to it (" + source.stateMediaOf() + ")";
    }
}
