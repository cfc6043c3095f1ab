package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server time of each navigation to a page, as the timer {@code sanctions.view.navigation} tagged with the page's
 * route template ({@code incidents/:id}, never the address itself, so that the number of series stays bounded):
 * from the start of the navigation to the moment the response is written, that is, building the view and loading
 * its data. Vaadin's navigations are not Spring MVC requests, so the {@code http.server.requests} metric cannot tell
 * them apart. A navigation rerouted to another page (not found, no access) counts for the page that was shown.
 */
@org.springframework.stereotype.Component
class NavigationMetrics implements VaadinServiceInitListener {

    static final String TIMER = "sanctions.view.navigation";
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry meters;

    NavigationMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** When a navigation began, and in which request (a reroute continues it in the same request). */
    private record Started(Object request, long nanos) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addBeforeEnterListener(before -> {
                Object request = VaadinRequest.getCurrent();
                Started started = ComponentUtil.getData(ui, Started.class);
                if (started == null || started.request() != request) {
                    ComponentUtil.setData(ui, Started.class, new Started(request, System.nanoTime()));
                }
            });
            ui.addAfterNavigationListener(after -> ui.beforeClientResponse(ui, context -> {
                Started started = ComponentUtil.getData(ui, Started.class);
                ComponentUtil.setData(ui, Started.class, null);
                if (started != null) {
                    timer(route(ui.getInternals().getActiveRouterTargetsChain())).record(System.nanoTime() - started.nanos(),
                            TimeUnit.NANOSECONDS);
                }
            }));
        });
    }

    /**
     * The shown page's route template without its parameters' patterns ({@code incidents/:id}, not
     * {@code incidents/:id(\\d+)}), or the name of an error page's class (error pages have no route).
     */
    static String route(List<HasElement> chain) {
        if (chain.isEmpty()) {
            return "unknown";
        }
        Class<?> target = chain.getFirst().getClass();
        @SuppressWarnings("unchecked")
        Class<? extends Component> view = (Class<? extends Component>) target;
        return RouteConfiguration.forApplicationScope().getTemplate(view)
                .map(template -> template.replaceAll("\\([^/]*\\)", ""))
                .orElse(target.getSimpleName());
    }

    private Timer timer(String route) {
        return Timer.builder(TIMER).description("Server time of a navigation to a page, by route template")
                .tag("route", route).serviceLevelObjectives(BUCKETS).register(meters);
    }
}
