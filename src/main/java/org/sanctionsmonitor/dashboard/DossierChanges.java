package org.sanctionsmonitor.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.PageChanges;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.springframework.stereotype.Component;

/**
 * What is new on a saved country dossier: the published incidents and events the country is a party to, and the
 * published statements that count for it, by when they were published.
 */
@Component
class DossierChanges implements PageChanges {

    private final CountryDashboardService dossiers;
    private final CountryService countries;

    DossierChanges(CountryDashboardService dossiers, CountryService countries) {
        this.dossiers = dossiers;
        this.countries = countries;
    }

    @Override
    public boolean handles(String path) {
        return path.matches("countries/[A-Za-z]{2}");
    }

    @Override
    public String suggestedName(PageLocation location) {
        String code = code(location);
        return countries.find(code).map(c -> c.name()).orElse(code) + " dossier";
    }

    @Override
    public int countSince(PageLocation location, Instant since) {
        return dossiers.countPublishedSince(code(location), since);
    }

    @Override
    public List<PublishedChange> since(PageLocation location, Instant since, int limit) {
        return dossiers.publishedSince(code(location), since, limit);
    }

    private static String code(PageLocation location) {
        return location.path().substring(location.path().indexOf('/') + 1).toUpperCase(Locale.ROOT);
    }
}
