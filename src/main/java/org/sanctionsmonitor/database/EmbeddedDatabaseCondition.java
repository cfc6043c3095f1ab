package org.sanctionsmonitor.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external database is configured ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL} unset). */
public class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    public static boolean isEmbedded(String datasourceUrl) {
        return !StringUtils.hasText(datasourceUrl);
    }
}
