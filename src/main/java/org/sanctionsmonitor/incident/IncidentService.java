package org.sanctionsmonitor.incident;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import java.util.Optional;
import org.sanctionsmonitor.security.CurrentUser;
import org.sanctionsmonitor.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The incident feature's public API. Readers see published incidents only, editors see every state. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class IncidentService {

    private final IncidentQueries queries;

    IncidentService(IncidentQueries queries) {
        this.queries = queries;
    }

    public List<IncidentRow> list(IncidentFilter filter, Pageable page) {
        return queries.list(filter, CurrentUser.canSeeUnpublished(), page);
    }

    public int count(IncidentFilter filter) {
        return queries.count(filter, CurrentUser.canSeeUnpublished());
    }

    public Optional<IncidentDetails> details(long id) {
        return queries.details(id, CurrentUser.canSeeUnpublished());
    }

    public List<IncidentRow> citingSource(long sourceId) {
        return queries.citingSource(sourceId, CurrentUser.canSeeUnpublished());
    }

    public List<ProvisionCitation> citingResolution(int resolutionNumber) {
        return queries.citingResolution(resolutionNumber, CurrentUser.canSeeUnpublished());
    }
}
