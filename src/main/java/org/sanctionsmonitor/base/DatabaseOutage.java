package org.sanctionsmonitor.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, the network gone, no connection free)
 * from every other failure: the first is worded "the service is unavailable, try again shortly" and logged in one
 * line; the others are bugs and keep their stack trace.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * Whether {@code failure}, one of its causes or an exception suppressed along the way (a failed rollback hides
     * the real reason there) says the database could not be reached or dropped the connection.
     */
    public static boolean isCause(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < 50) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (says(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private static boolean says(Throwable t) {
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            // Class 08 is "connection exception"; 57P01-57P03: the server is shutting down or starting up. The pool
            // reports a connection the server dropped as closed, without a state.
            return state.startsWith("08") || state.matches("57P0[123]") || "Connection is closed".equals(sql.getMessage());
        }
        return false;
    }

    /** A one-line description for the log: the innermost cause's message. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
