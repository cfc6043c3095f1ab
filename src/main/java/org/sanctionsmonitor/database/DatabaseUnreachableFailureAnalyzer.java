package org.sanctionsmonitor.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot reach the external database" (connection refused, unknown host, wrong password) into one clear
 * message naming the settings to check, instead of a page of stack trace.
 */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        boolean connectionOrLogin = state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
        if (!connectionOrLogin) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(embedded)");
        return new FailureAnalysis(
                "Cannot connect to the PostgreSQL database at " + url + ": " + cause.getMessage(),
                "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the "
                        + "database server is running and reachable from this machine.",
                cause);
    }
}
