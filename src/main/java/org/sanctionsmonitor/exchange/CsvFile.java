package org.sanctionsmonitor.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as the import reads it, with Apache Commons CSV: UTF-8 with or without a byte order mark, separated by
 * commas or semicolons (whichever the header row uses; spreadsheets in many European locales write semicolons), the
 * first row naming the columns. Column names are compared without case, and spaces or hyphens count as underscores.
 * A file that is not UTF-8 is refused with the row of the first bad byte.
 */
final class CsvFile {

    /** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column name. */
    record Row(int number, Map<String, String> cells, int cellCount) {
    }

    final String name;
    final List<String> header = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    private CsvFile(String name) {
        this.name = name;
    }

    static CsvFile read(ImportFile file) {
        CsvFile csv = new CsvFile(file.name());
        String text = csv.decode(file.bytes());
        if (text == null) {
            return csv;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            csv.problems.add(new ImportProblem(file.name(), "", "", "The file is empty."));
            return csv;
        }
        char delimiter = delimiter(text);
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get()
                    .parse(new StringReader(text)).getRecords();
            CSVRecord first = records.getFirst();
            for (String column : first) {
                String normalized = normalize(column);
                if (csv.header.contains(normalized) && !normalized.isEmpty()) {
                    csv.problems.add(new ImportProblem(file.name(), "row 1", column, "This column appears twice in the header row."));
                }
                csv.header.add(normalized);
            }
            for (CSVRecord record : records.subList(1, records.size())) {
                int row = (int) record.getRecordNumber();
                boolean blank = record.stream().allMatch(String::isBlank);
                if (blank) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < csv.header.size(); i++) {
                    cells.put(csv.header.get(i), record.get(i));
                }
                if (record.size() > csv.header.size() && record.stream().skip(csv.header.size()).anyMatch(cell -> !cell.isBlank())) {
                    csv.problems.add(new ImportProblem(file.name(), "row " + row, "", "This row has " + record.size()
                            + " cells but the header names " + csv.header.size() + " columns. A cell may hold an unquoted "
                            + (delimiter == ';' ? "semicolon" : "comma") + ": put text with separators in double quotes."));
                }
                csv.rows.add(new Row(row, cells, record.size()));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException broken) {
            csv.problems.add(new ImportProblem(file.name(), "", "", "The file is not valid CSV: " + broken.getMessage()
                    + " Check that every double quote inside a cell is doubled (\"\") and that quoted cells are closed."));
        }
        return csv;
    }

    /** The text, or null (with a problem naming the row) when the bytes are not UTF-8. */
    private String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int position = in.position();
            int row = 1;
            for (int i = 0; i < position; i++) {
                if (bytes[i] == '\n') {
                    row++;
                }
            }
            problems.add(new ImportProblem(name, "row " + row, "", "The file is not in UTF-8: byte " + (position + 1)
                    + " cannot be read. Save it as \"CSV UTF-8\" (Excel) or choose the UTF-8 encoding when exporting."));
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** A semicolon when the header row has more semicolons than commas outside quotes, else a comma. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static String normalize(String column) {
        return column.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
