package org.sanctionsmonitor.logprobe;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Starts Spring Boot with the app's settings files (application.properties and, with its profile, the production one)
 * but without the app itself, logs one line and ends: what the log looks like, at a fraction of the app's start.
 */
public final class LogFormatProbe {

    static final String LINE = "Log format probe: a line from the app's code";

    private LogFormatProbe() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LogFormatProbe.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(args).close();
        LoggerFactory.getLogger("org.sanctionsmonitor.LogFormatProbe").info(LINE);
    }
}
