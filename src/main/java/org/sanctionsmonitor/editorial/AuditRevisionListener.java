package org.sanctionsmonitor.editorial;

import org.hibernate.envers.RevisionListener;
import org.sanctionsmonitor.security.CurrentUser;

/** Stamps each revision with the signed-in user; start-up work (demo load) runs as "system". */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(CurrentUser.username().orElse("system"));
    }
}
