package org.sanctionsmonitor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.base.DatabaseOutage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** How a failure is told apart: a forged message, a bug of ours, a database outage. */
class AppErrorHandlerTest {

    @Test
    void a_failure_thrown_inside_vaadins_message_handling_is_the_browsers_fault() {
        assertThat(AppErrorHandler.isMalformedClientMessage(thrownAt(
                "com.vaadin.flow.server.communication.ServerRpcHandler", "com.vaadin.flow.server.VaadinService",
                "org.sanctionsmonitor.security.SameOriginRedirects"))).isTrue();
    }

    @Test
    void a_failure_thrown_in_our_code_while_handling_a_message_is_a_bug_and_keeps_its_stack_trace() {
        assertThat(AppErrorHandler.isMalformedClientMessage(thrownAt(
                "org.sanctionsmonitor.incident.ui.IncidentListView", "com.vaadin.flow.component.ComponentEventBus",
                "com.vaadin.flow.server.communication.rpc.EventRpcHandler", "com.vaadin.flow.server.communication.ServerRpcHandler"))).isFalse();
        assertThat(AppErrorHandler.isMalformedClientMessage(thrownAt("org.sanctionsmonitor.Application"))).isFalse();
    }

    @Test
    void a_failure_to_reach_the_database_is_an_outage_and_nothing_else_is() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("x", new ConnectException("refused")))).isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("x"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("connection failure", "08006")))).isTrue();
        RuntimeException failedRollback = new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("x"));
        failedRollback.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseOutage.isCause(failedRollback)).as("the reason hides among the suppressed").isTrue();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
    }

    private static Throwable thrownAt(String... classes) {
        IllegalArgumentException failure = new IllegalArgumentException("forged");
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "method", null, 1);
        }
        failure.setStackTrace(frames);
        return failure;
    }
}
