package org.sanctionsmonitor.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.PageChanges;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.springframework.stereotype.Component;

/** What is new on a saved incident list: the published incidents its filter matches, by when they were published. */
@Component
class IncidentListChanges implements PageChanges {

    private final IncidentService incidents;
    private final CountryService countries;
    private final CategoryService categories;

    IncidentListChanges(IncidentService incidents, CountryService countries, CategoryService categories) {
        this.incidents = incidents;
        this.countries = countries;
        this.categories = categories;
    }

    @Override
    public boolean handles(String path) {
        return Pages.INCIDENTS.equals(path);
    }

    @Override
    public String suggestedName(PageLocation location) {
        IncidentFilter f = IncidentFilter.fromQuery(location.parameters());
        List<String> parts = new ArrayList<>();
        if (f.country() != null) {
            String country = countries.find(f.country()).map(c -> c.name()).orElse(f.country());
            parts.add(f.role() == null ? country : country + " as " + f.role().label().toLowerCase(java.util.Locale.ROOT));
        } else if (f.role() != null) {
            parts.add(f.role().label());
        }
        if (f.recipient() != null) {
            parts.add("to " + countries.find(f.recipient()).map(c -> c.name()).orElse(f.recipient()));
        }
        if (f.category() != null) {
            parts.add(categories.find(f.category()).map(CategoryOption::label).orElse(f.category()));
        }
        if (f.status() != null) {
            parts.add(f.status().label());
        }
        if (f.kind() != null) {
            parts.add(f.kind().label());
        }
        if (f.from() != null || f.to() != null) {
            parts.add((f.from() == null ? "…" : f.from().toString()) + " – " + (f.to() == null ? "…" : f.to().toString()));
        }
        if (f.text() != null) {
            parts.add("“" + f.text() + "”");
        }
        return parts.isEmpty() ? "All incidents" : "Incidents: " + String.join(", ", parts);
    }

    @Override
    public int countSince(PageLocation location, Instant since) {
        return incidents.countPublishedSince(IncidentFilter.fromQuery(location.parameters()), since);
    }

    @Override
    public List<PublishedChange> since(PageLocation location, Instant since, int limit) {
        return incidents.publishedSince(IncidentFilter.fromQuery(location.parameters()), since, limit);
    }
}
