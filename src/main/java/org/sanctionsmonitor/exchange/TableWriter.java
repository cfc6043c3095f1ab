package org.sanctionsmonitor.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rows as CSV (Apache Commons CSV) or as the JSON export format, streaming: rows arrive a page at a time and
 * nothing holds the whole list. Any list is exported by giving its rows and its columns (for CSV) or its records (for
 * JSON, which Jackson writes field by field).
 * <p>
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and some also after a tab
 * or carriage return) as a formula, so such a cell is written with a leading apostrophe, which spreadsheets show as
 * text (OWASP's advice on CSV injection). A plain number such as {@code -33.9} cannot be a formula and is written as it
 * is. The import removes the apostrophe again.
 */
public final class TableWriter {

    /** The rows of an export, handed over one at a time. */
    @FunctionalInterface
    public interface Rows<T> {
        void each(Consumer<T> row);
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private TableWriter() {
    }

    /** CSV in UTF-8 with a byte order mark (so that Excel reads it as UTF-8), comma-separated, a header row first. */
    public static <T> void csv(OutputStream out, List<Column<T>> columns, Rows<T> rows) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(writer);
            printer.printRecord(columns.stream().map(Column::name).toList());
            rows.each(row -> {
                try {
                    printer.printRecord(columns.stream().map(column -> neutralise(cell(column.value().apply(row)))).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON export format: {@code {"format": "sanctions-monitor", "version": 1, "kind": …, "exportedAt": …, "filter": {…},
     * "<list>": [ … ]}}.
     */
    public static <T> void json(JsonMapper json, OutputStream out, String kind, String exportedBy, Map<String, String> filter,
            String list, Rows<T> rows) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            header(generator, kind, exportedBy, filter);
            generator.writeName(list);
            generator.writeStartArray();
            rows.each(generator::writePOJO);
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    static void header(JsonGenerator generator, String kind, String exportedBy, Map<String, String> filter) {
        generator.writeStringProperty("format", ExchangeDocument.FORMAT);
        generator.writeNumberProperty("version", ExchangeDocument.VERSION);
        generator.writeStringProperty("kind", kind);
        generator.writeStringProperty("exportedAt", Instant.now().toString());
        generator.writeStringProperty("exportedBy", exportedBy);
        if (filter != null) {
            generator.writePOJOProperty("filter", filter);
        }
    }

    /** The text of a cell: dates and instants in ISO 8601, enumerations by name, lists one item per line. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(TableWriter::cell).collect(Collectors.joining("\n"));
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** A cell a spreadsheet would run as a formula, made text with a leading apostrophe. */
    public static String neutralise(String cell) {
        if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
