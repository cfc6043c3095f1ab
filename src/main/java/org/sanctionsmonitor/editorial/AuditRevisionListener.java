package org.sanctionsmonitor.editorial;

import org.hibernate.envers.RevisionListener;
import org.sanctionsmonitor.security.CurrentUser;

/** Stamps each revision with the signed-in user (start-up work such as the demo load runs as "system") and its note. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setUsername(CurrentUser.username().orElse("system"));
        revision.setNote(RevisionNote.current());
    }
}
