package org.sanctionsmonitor.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads ids from a page's URL (e.g. {@code /incidents/:id}). A URL can be anything someone typed: a value that is not
 * a positive whole number of sane length is no id of ours, so the page answers with the "not found" page (this throws
 * {@link NotFoundException}, which the router turns into {@link NotFoundView}) instead of failing on
 * {@link NumberFormatException}.
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** The route parameter as a positive {@code long} (up to 18 digits); empty when the URL has no such parameter. */
    public static Optional<Long> longId(BeforeEnterEvent event, String parameter) {
        return parse(event, parameter, "[1-9][0-9]{0,17}", Long::valueOf);
    }

    /** The route parameter as a positive {@code int} (up to 9 digits); empty when the URL has no such parameter. */
    public static Optional<Integer> intId(BeforeEnterEvent event, String parameter) {
        return parse(event, parameter, "[1-9][0-9]{0,8}", Integer::valueOf);
    }

    private static <T> Optional<T> parse(BeforeEnterEvent event, String parameter, String pattern, Function<String, T> number) {
        Optional<String> value = event.getRouteParameters().get(parameter);
        if (value.isPresent() && !value.get().matches(pattern)) {
            throw new NotFoundException("Not an id: " + parameter);
        }
        return value.map(number);
    }
}
