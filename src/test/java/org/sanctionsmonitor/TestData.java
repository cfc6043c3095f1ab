package org.sanctionsmonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sanctionsmonitor.editorial.ReviewService;
import org.sanctionsmonitor.incident.Incident;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.IncidentTestData;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * Records for tests, saved through the application's services as the editor "test-editor" would save them, so that
 * they are valid and recorded like real work. New records are drafts.
 */
@Component
public class TestData {

    public static final String EDITOR = "test-editor";

    private final IncidentService incidents;
    private final SourceService sources;
    private final ReviewService review;

    TestData(IncidentService incidents, SourceService sources, ReviewService review) {
        this.incidents = incidents;
        this.sources = sources;
        this.review = review;
    }

    /** A draft incident with this title, otherwise {@link IncidentTestData#valid()} changed by {@code change}. */
    public long draftIncident(String title, Consumer<IncidentData> change) {
        IncidentData data = IncidentTestData.valid();
        data.setTitle(title);
        change.accept(data);
        return CurrentUser.runAs(EDITOR, Role.EDITOR, () -> incidents.save(data));
    }

    public long draftIncident(String title) {
        return draftIncident(title, data -> { });
    }

    /** A published incident, as if an admin had loaded it in bulk: for pages that show published items only. */
    public long publishedIncident(String title, Consumer<IncidentData> change) {
        long id = draftIncident(title, change);
        CurrentUser.runAs("test-admin", Role.ADMIN, () -> {
            review.publishWithoutReview(Incident.TYPE, id);
            return id;
        });
        return id;
    }

    /** A draft news article in English at this address. */
    public long draftSource(String outlet, String url, String title) {
        return draftSource(outlet, url, title, data -> { });
    }

    /** A draft news article at this address, changed by {@code change} (e.g. its language and excerpt). */
    public long draftSource(String outlet, String url, String title, Consumer<SourceData> change) {
        SourceData data = new SourceData();
        data.setOutlet(outlet);
        data.setUrl(url);
        data.setTitleOriginal(title);
        change.accept(data);
        return CurrentUser.runAs(EDITOR, Role.EDITOR, () -> sources.save(data));
    }

    /** Adds a citation of the source to the incident, as a new (draft) revision of the incident. */
    public void cite(long incidentId, long sourceId) {
        CurrentUser.runAs(EDITOR, Role.EDITOR, () -> {
            IncidentData data = incidents.edit(incidentId).orElseThrow();
            List<IncidentData.SourceData> cited = new ArrayList<>(data.getSources());
            cited.add(new IncidentData.SourceData(sourceId, null, null, null));
            data.setSources(cited);
            return incidents.save(data);
        });
    }
}
