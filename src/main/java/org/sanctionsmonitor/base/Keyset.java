package org.sanctionsmonitor.base;

import java.util.List;

/**
 * Keyset pagination, as the read API and exports page through lists: each page starts after the last row of the page
 * before, named by its sort value (as text) and id, so a page costs the same at row 100,000 as at row 1.
 */
public final class Keyset {

    private Keyset() {
    }

    /** Where a page ended: the sort value of its last row, as PostgreSQL writes it as text, and that row's id. */
    public record Cursor(String value, long id) {
    }

    /** One page and the cursor after its last row; {@code next} is null when no row follows. */
    public record Page<T>(List<T> items, Cursor next) {
    }

    /** An order by one key, then by id in the same direction. */
    public record Order(String key, boolean ascending) {
    }
}
