package org.sanctionsmonitor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.sanctionsmonitor.database.DatabaseCommand;
import org.sanctionsmonitor.database.EmbeddedDatabaseCondition;
import org.sanctionsmonitor.demo.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/app.css")
public class Application implements AppShellConfigurator {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Demo mode is on by default only with the embedded database; {@code SANCTIONS_DEMO} overrides. */
    @Bean
    DemoMode demoMode(AppProperties properties, Environment environment) {
        boolean embedded = EmbeddedDatabaseCondition.isEmbedded(environment.getProperty("spring.datasource.url"));
        return new DemoMode(properties.demo() != null ? properties.demo() : embedded);
    }

    public static void main(String[] args) {
        // --backup=<file> / --restore=<file>: maintenance of the embedded database, without starting the web app.
        if (DatabaseCommand.handles(args)) {
            System.exit(DatabaseCommand.run(args));
        }
        // --generate=<incidents>: fills the database with synthetic data for benchmarks, without starting the web app.
        if (GenerateCommand.handles(args)) {
            System.exit(GenerateCommand.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }
}
