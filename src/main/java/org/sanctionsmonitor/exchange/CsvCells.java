package org.sanctionsmonitor.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the cells of one CSV row, collecting a worded problem for each that cannot be read, so that a dry run reports
 * every problem of every row at once. Every cell is checked: no spreadsheet formula ({@code =HYPERLINK(…)}), no
 * invisible control characters (NUL among them), no text longer than any field takes. A leading apostrophe that the
 * export put before {@code = + - @} is removed.
 */
final class CsvCells {

    /** The longest text any field takes (a source's excerpt). */
    static final int MAX_CELL = 50_000;

    private final String file;
    private final CsvFile.Row row;
    final List<ImportProblem> problems = new ArrayList<>();

    CsvCells(String file, CsvFile.Row row) {
        this.file = file;
        this.row = row;
    }

    String where() {
        return "row " + row.number();
    }

    void problem(String column, String message) {
        problems.add(new ImportProblem(file, where(), column, message));
    }

    /** The cell's text, trimmed, or null when it is empty or cannot be read. */
    String text(String column) {
        String raw = row.cells().get(column);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return checked(column, value.substring(1)); // neutralised by our export: text, not a formula
        }
        if ("=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[+-]?\\d+(\\.\\d+)?")) {
            problem(column, "The cell starts with \"" + value.charAt(0) + "\", which a spreadsheet runs as a formula ("
                    + IsoDates.shorten(value) + "). Formulas are not imported: if it is text, start it with an apostrophe (').");
            return null;
        }
        return checked(column, value);
    }

    private String checked(String column, String value) {
        if (value.length() > MAX_CELL) {
            problem(column, "The cell holds " + String.format(Locale.ENGLISH, "%,d", value.length())
                    + " characters; no field takes more than " + String.format(Locale.ENGLISH, "%,d", MAX_CELL) + ".");
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                problem(column, "The cell holds an invisible control character (code " + (int) c + (c == 0 ? ", NUL" : "")
                        + ") at position " + (i + 1) + ". Remove it; it often comes from copying out of another program.");
                return null;
            }
        }
        return value;
    }

    String required(String column, String what) {
        String value = text(column);
        if (value == null && problems.stream().noneMatch(p -> column.equals(p.column()))) {
            problem(column, "Give " + what + ".");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, Function<E, String> label, E fallback) {
        String value = text(column);
        if (value == null) {
            return fallback;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(wanted) || (label != null && label.apply(option).equalsIgnoreCase(value.trim()))) {
                return option;
            }
        }
        problem(column, "\"" + IsoDates.shorten(value) + "\" is not one of: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
        return fallback;
    }

    java.time.LocalDate date(String column, boolean end) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return IsoDates.parse(value, end);
        } catch (IllegalArgumentException bad) {
            problem(column, bad.getMessage());
            return null;
        }
    }

    BigDecimal number(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException bad) {
            problem(column, "\"" + IsoDates.shorten(value) + "\" is not a number; write it like 39.039 or -77.5.");
            return null;
        }
    }

    Long id(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException bad) {
            problem(column, "\"" + IsoDates.shorten(value) + "\" is not a whole number.");
            return null;
        }
    }

    /** The cell's lines, each trimmed, without empty ones. */
    List<String> lines(String column) {
        String value = text(column);
        return value == null ? List.of() : Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Country codes separated by line breaks, semicolons, commas or spaces, upper-cased. */
    List<String> codes(String column) {
        String value = text(column);
        return value == null ? List.of() : Arrays.stream(value.split("[\\s;,|]+")).filter(code -> !code.isBlank())
                .map(code -> code.toUpperCase(Locale.ROOT)).toList();
    }
}
