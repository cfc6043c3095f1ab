package org.sanctionsmonitor.exchange;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sanctionsmonitor.base.Keyset;

/**
 * Plain helpers of the exports that need no access check (they read nothing by themselves), kept out of
 * {@link ExportService} so that every public method of the service stays guarded by method security.
 */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** "incidents-2026-12-01.csv" */
    public static String fileName(String list, ExportService.Format format) {
        return list + "-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension();
    }

    /** Reads pages in keyset order until one has no next page, handing each page's rows on. */
    public static <T> void pages(Function<Keyset.Cursor, Keyset.Page<T>> read, Consumer<List<T>> each) {
        Keyset.Cursor after = null;
        do {
            Keyset.Page<T> page = read.apply(after);
            if (!page.items().isEmpty()) {
                each.accept(page.items());
            }
            after = page.next();
        } while (after != null);
    }
}
