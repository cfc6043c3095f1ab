package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Location;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.RateLimitedLog;

/**
 * Tells a reader which filters of a shared or hand-edited link the page could not read and left out (an impossible
 * date, an unknown country, a garbled value), instead of quietly showing a list that is not what the link said. The
 * page passes what it understood, as query parameters (its filter's {@code toQuery()}); every filter parameter of the
 * link with a value that is not among them was ignored. Values are shown as text, shortened and printable.
 */
public final class IgnoredParameters {

    static final int MAX_SHOWN = 5;
    static final int MAX_VALUE = 40;

    private IgnoredParameters() {
    }

    /** Shows a notice when the link held filters the page ignored; returns them as "name=value". */
    public static List<String> tell(Location link, Map<String, String> understood, Collection<String> names) {
        List<String> ignored = of(link.getQueryParameters().getParameters(), understood, names);
        if (!ignored.isEmpty()) {
            String list = ignored.stream().limit(MAX_SHOWN).collect(Collectors.joining(", "))
                    + (ignored.size() > MAX_SHOWN ? " and " + (ignored.size() - MAX_SHOWN) + " more" : "");
            Notification notice = Notification.show("Part of this link could not be read and was left out: " + list
                    + ". The list shows what could be read.", 8000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            notice.addClassName("ignored-parameters");
        }
        return ignored;
    }

    /** The filter parameters of the link with a value that the page did not take, as "name=value". */
    static List<String> of(Map<String, List<String>> given, Map<String, String> understood, Collection<String> names) {
        return names.stream().filter(given::containsKey).flatMap(name -> given.get(name).stream()
                        .filter(value -> value != null && !value.isBlank() && !same(value, understood.get(name)))
                        .map(value -> name + "=" + RateLimitedLog.printable(value.strip(), MAX_VALUE)))
                .distinct().toList();
    }

    /** The same value, up to case, blanks, leading zeros and the order of a comma-separated list. */
    private static boolean same(String given, String understood) {
        return understood != null && normal(given).equals(normal(understood));
    }

    private static Set<String> normal(String value) {
        return Arrays.stream(value.split(",")).map(part -> part.strip().toLowerCase(Locale.ROOT))
                .map(part -> part.matches("\\d{1,30}") ? new BigInteger(part).toString() : part)
                .filter(part -> !part.isEmpty()).collect(Collectors.toSet());
    }
}
