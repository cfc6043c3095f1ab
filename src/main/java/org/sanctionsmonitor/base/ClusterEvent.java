package org.sanctionsmonitor.base;

import java.time.Instant;

/**
 * A message that {@link ClusterEvents} delivered to this app instance, from this or another instance on the same
 * database, as a Spring application event.
 *
 * @param topic  what happened, e.g. {@link ClusterEvents#RECONNECTED} or a feature's own topic
 * @param detail what it happened to (a username, an item type), or empty
 * @param sender the instance that sent it ({@link ClusterEvents#instanceId()})
 * @param sentAt when the sending transaction sent it, by the sender's clock
 */
public record ClusterEvent(String topic, String detail, String sender, Instant sentAt) {

    public boolean is(String topic) {
        return this.topic.equals(topic);
    }
}
