package org.sanctionsmonitor.security;

import org.sanctionsmonitor.base.ClusterEvent;
import org.sanctionsmonitor.base.ClusterEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions on every app instance. Each instance knows only the sessions it holds (Spring
 * Security's session registry is in memory, and with sticky sessions a user's session lives on one instance), so the
 * instance where an admin acts ends them at once and tells the others through {@link ClusterEvents}, which end
 * theirs when the change commits.
 */
@Component
class UserSessions {

    static final String ENDED = "sessions-ended";

    private final SessionRegistry sessions;
    private final ClusterEvents cluster;

    UserSessions(SessionRegistry sessions, ClusterEvents cluster) {
        this.sessions = sessions;
        this.cluster = cluster;
    }

    /** Ends the user's sessions here now and on every other instance once the current transaction commits. */
    void endEverywhere(String username) {
        endHere(username);
        cluster.send(ENDED, username);
    }

    @EventListener
    void on(ClusterEvent event) {
        if (event.is(ENDED) && !event.sender().equals(cluster.instanceId())) {
            endHere(event.detail());
        }
    }

    private void endHere(String username) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails details && details.getUsername().equalsIgnoreCase(username))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
