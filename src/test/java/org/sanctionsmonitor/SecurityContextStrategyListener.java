package org.sanctionsmonitor;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global {@link SecurityContextHolder} at the strategy of the Spring context the next test
 * runs in. Vaadin sets it once, when a context starts; with several contexts in one test JVM (the shared app, the
 * app on a port, one on a database that gets stopped) the last one started would win, and a browserless test's
 * {@code @WithMockUser} would land in another context's holder than the one Vaadin's access control reads.
 * Registered for every test in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext test) {
        if (test.hasApplicationContext()) {
            test.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
