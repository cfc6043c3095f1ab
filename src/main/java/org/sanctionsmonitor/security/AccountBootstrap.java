package org.sanctionsmonitor.security;

import org.sanctionsmonitor.AppProperties;
import org.sanctionsmonitor.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Creates the first accounts on an empty user table: the demo accounts in demo mode, otherwise the administrator
 * named by {@code SANCTIONS_ADMIN_USERNAME} / {@code SANCTIONS_ADMIN_PASSWORD}. Outside demo mode no default account exists.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    static final int MIN_ADMIN_PASSWORD_LENGTH = UserService.MIN_PASSWORD_LENGTH;

    /** An arbitrary key for PostgreSQL's advisory lock that serialises the first-account check across instances. */
    private static final long ACCOUNTS_LOCK = 7_180_002L;

    private final UserService users;
    private final DemoMode demoMode;
    private final AppProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApiTokens tokens;

    AccountBootstrap(UserService users, DemoMode demoMode, AppProperties properties, JdbcClient jdbc,
            PlatformTransactionManager transactions, ApiTokens tokens) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.users = users;
        this.demoMode = demoMode;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Several instances may start at once against one empty database: the lock lets one of them create the accounts.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(" + ACCOUNTS_LOCK + ")").query().singleRow();
            createFirstAccounts();
            if (demoMode.enabled()) {
                createDemoTokens();
            }
        });
    }

    /** Demo mode: a fixed API token for each demo account (where that account exists), so the API can be tried at once. */
    private void createDemoTokens() {
        for (String user : new String[] {"viewer", "editor", "admin"}) {
            tokens.ensure(user, "Demo token", user + "-demo-token");
        }
        log.warn("Demo mode: API tokens viewer-demo-token, editor-demo-token and admin-demo-token, e.g. "
                + "curl -H 'Authorization: Bearer viewer-demo-token' http://localhost:8080/api/v1/incidents");
    }

    private void createFirstAccounts() {
        if (users.hasUsers()) {
            return;
        }
        if (demoMode.enabled()) {
            users.createAtStartUp("viewer", "Demo Viewer", "viewer", Role.VIEWER);
            users.createAtStartUp("editor", "Demo Editor", "editor", Role.EDITOR);
            users.createAtStartUp("admin", "Demo Admin", "admin", Role.ADMIN);
            log.warn("Demo mode: created accounts viewer/viewer, editor/editor and admin/admin. Never use demo mode in production.");
        } else if (StringUtils.hasText(properties.adminUsername()) && StringUtils.hasText(properties.adminPassword())) {
            if (properties.adminPassword().length() < MIN_ADMIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("SANCTIONS_ADMIN_PASSWORD must have at least " + MIN_ADMIN_PASSWORD_LENGTH + " characters.");
            }
            users.createAtStartUp(properties.adminUsername(), properties.adminUsername(), properties.adminPassword(), Role.ADMIN);
            log.info("Created the first administrator '{}' from SANCTIONS_ADMIN_USERNAME.", properties.adminUsername());
        } else {
            log.warn("No user exists and no first administrator is configured: set SANCTIONS_ADMIN_USERNAME and "
                    + "SANCTIONS_ADMIN_PASSWORD and restart to create one.");
        }
    }
}
