package org.sanctionsmonitor.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Wraps the app's DataSource with datasource-proxy, so that the SQL statements a service call sends (with their
 * parameters) can be counted and recorded on the calling thread and the threads it starts (search runs its kinds at
 * once on virtual threads), and replayed as bare SQL on a connection of the
 * unwrapped pool: the same statements, the same parameters, the same rows, without the app around them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlRecorder implements BeanPostProcessor, QueryExecutionListener {

    /** One statement as sent: its SQL and, per execution of a batch, the parameter setters called on it. */
    public record Sql(String sql, List<List<ParameterSetOperation>> parameters) {
    }

    private static final InheritableThreadLocal<List<Sql>> RECORDING = new InheritableThreadLocal<>();

    private static volatile DataSource raw;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            raw = dataSource;
            return ProxyDataSourceBuilder.create("recorded", dataSource).listener(this).build();
        }
        return bean;
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        List<Sql> recording = RECORDING.get();
        if (recording != null) {
            queries.forEach(q -> recording.add(new Sql(q.getQuery(), q.getParametersList().stream().map(List::copyOf).toList())));
        }
    }

    /** Runs the call and returns the SQL statements it sent, in the order they completed. */
    public static List<Sql> record(Supplier<?> call) {
        List<Sql> recording = java.util.Collections.synchronizedList(new ArrayList<>());
        RECORDING.set(recording);
        try {
            call.get();
        } finally {
            RECORDING.remove();
        }
        return recording;
    }

    /** Runs the statements as bare SQL on one pooled connection (autocommit), reading every column of every row. */
    public static long replay(List<Sql> statements) {
        long cells = 0;
        try (Connection connection = raw.getConnection()) {
            for (Sql sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
                    List<ParameterSetOperation> parameters = sql.parameters().isEmpty() ? List.of() : sql.parameters().getFirst();
                    for (ParameterSetOperation p : parameters) {
                        p.getMethod().invoke(statement, p.getArgs());
                    }
                    if (statement.execute()) {
                        try (ResultSet rs = statement.getResultSet()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int c = 1; c <= columns; c++) {
                                    rs.getObject(c);
                                    cells++;
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Replaying " + statements + " failed", e);
        }
        return cells;
    }
}
