package org.sanctionsmonitor.database;

import java.time.Duration;
import org.sanctionsmonitor.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app, saving without pause once it has started: each save is a transaction through the app's own data source
 * and transaction manager, and "SAVED n" is printed only after its commit returned, i.e. once it is acknowledged.
 * A test kills this process in the middle of the saves. The loop is bounded, so it ends by itself.
 */
public final class SavingApp {

    static final String SAVED = "SAVED ";

    private SavingApp() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, args);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (int i = 1; i <= 100_000 && System.nanoTime() < deadline; i++) {
            String name = "Crash test save " + i;
            transactions.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO actor (kind, name) VALUES ('ORGANISATION', :name)").param("name", name).update());
            System.out.println(SAVED + i);
        }
        context.close();
    }
}
