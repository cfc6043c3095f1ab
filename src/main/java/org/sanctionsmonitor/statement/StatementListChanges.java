package org.sanctionsmonitor.statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsmonitor.base.PageLocation;
import org.sanctionsmonitor.base.Pages;
import org.sanctionsmonitor.country.CountryService;
import org.sanctionsmonitor.editorial.PageChanges;
import org.sanctionsmonitor.editorial.PublishedChange;
import org.springframework.stereotype.Component;

/** What is new on a saved statement list: the published statements its filter matches, by when they were published. */
@Component
class StatementListChanges implements PageChanges {

    private final StatementService statements;
    private final ActorService actors;
    private final CountryService countries;

    StatementListChanges(StatementService statements, ActorService actors, CountryService countries) {
        this.statements = statements;
        this.actors = actors;
        this.countries = countries;
    }

    @Override
    public boolean handles(String path) {
        return Pages.STATEMENTS.equals(path);
    }

    @Override
    public String suggestedName(PageLocation location) {
        StatementFilter f = StatementFilter.fromQuery(location.parameters());
        List<String> parts = new ArrayList<>();
        if (f.speaker() != null) {
            parts.add(actors.option(f.speaker()).map(ActorOption::label).orElse("speaker " + f.speaker()));
        }
        if (f.country() != null) {
            parts.add(countries.find(f.country()).map(c -> c.name()).orElse(f.country()));
        }
        if (f.stance() != null) {
            parts.add(f.stance().label());
        } else if (f.side() != null) {
            parts.add(switch (f.side()) {
                case ALLEGATION -> "claims";
                case DENIAL -> "denials";
                case NEUTRAL -> "reports";
            });
        }
        if (f.from() != null || f.to() != null) {
            parts.add((f.from() == null ? "…" : f.from().toString()) + " – " + (f.to() == null ? "…" : f.to().toString()));
        }
        if (f.text() != null) {
            parts.add("“" + f.text() + "”");
        }
        return parts.isEmpty() ? "All statements" : "Statements: " + String.join(", ", parts);
    }

    @Override
    public int countSince(PageLocation location, Instant since) {
        return statements.countPublishedSince(StatementFilter.fromQuery(location.parameters()), since);
    }

    @Override
    public List<PublishedChange> since(PageLocation location, Instant since, int limit) {
        return statements.publishedSince(StatementFilter.fromQuery(location.parameters()), since, limit);
    }
}
