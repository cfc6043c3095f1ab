package org.sanctionsmonitor.exchange.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Predicate;
import org.sanctionsmonitor.base.Keyset;
import org.sanctionsmonitor.exchange.ApiRecords;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Cursor paging for every list of the API: a page holds the items and, unless it is the last, an opaque cursor and
 * the ready URL of the next page (the same query with {@code cursor} set). The cursor names the order it belongs to;
 * a cursor from another list or order, or one that was altered, is refused with 400.
 */
final class Paging {

    private Paging() {
    }

    /** The keyset position a cursor stands for, or null for the first page; {@code valid} checks the sort value's form. */
    static Keyset.Cursor after(String cursor, String order, Predicate<String> valid) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<String> parts = ApiParameters.cursor(cursor, 3, order);
        if (!valid.test(parts.get(1)) || !parts.get(2).matches("\\d{1,18}")) {
            throw ApiException.badRequest("This is not a cursor this API gave out: take \"next\" from the previous page as it is.");
        }
        return new Keyset.Cursor(parts.get(1), Long.parseLong(parts.get(2)));
    }

    static <T> ApiRecords.Page<T> page(HttpServletRequest request, String order, Keyset.Page<T> page) {
        String cursor = page.next() == null ? null : ApiParameters.cursor(List.of(order, page.next().value(), String.valueOf(page.next().id())));
        return page(request, page.items(), cursor);
    }

    static <T> ApiRecords.Page<T> page(HttpServletRequest request, List<T> items, String cursor) {
        return new ApiRecords.Page<>(items, cursor, cursor == null ? null : nextUrl(request, cursor));
    }

    /** The request's path and query with the cursor set: relative, so that no forged Host header comes back in it. */
    private static String nextUrl(HttpServletRequest request, String cursor) {
        UriComponentsBuilder next = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("cursor", cursor);
        try {
            return next.build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            return next.build().encode().toUriString();
        }
    }
}
