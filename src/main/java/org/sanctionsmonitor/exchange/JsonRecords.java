package org.sanctionsmonitor.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON file in the export format ({@link ExchangeDocument}) item by item, so that a bad item is reported with its
 * path (e.g. {@code incidents[3].parties[0].role}) and the others are still checked. Fields the format does not have
 * are reported, not ignored.
 */
final class JsonRecords {

    static final Set<String> LISTS = Set.of("categories", "regimes", "resolutions", "actors", "sources", "incidents", "statements", "timeline");
    private static final Set<String> HEADER = Set.of("format", "version", "kind", "exportedAt", "exportedBy", "filter");

    final ImportBatch batch;
    private final JsonMapper json;
    private final String file;

    JsonRecords(JsonMapper json, String file, ImportBatch batch) {
        this.json = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.file = file;
        this.batch = batch;
    }

    void read(byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException broken) {
            var location = broken.getLocation();
            batch.problems.add(new ImportProblem(file, location == null ? "" : "line " + location.getLineNr() + ", character " + location.getColumnNr(),
                    "", "The file is not valid JSON: " + broken.getOriginalMessage()));
            return;
        }
        if (root == null || !root.isObject()) {
            batch.problems.add(new ImportProblem(file, "", "", "The file is not an export of Sanctions Monitor: it holds no JSON object."));
            return;
        }
        if (!ExchangeDocument.FORMAT.equals(root.path("format").asString(null))) {
            batch.problems.add(new ImportProblem(file, "", "format", "The file is not an export of Sanctions Monitor: its \"format\" is not \""
                    + ExchangeDocument.FORMAT + "\"."));
            return;
        }
        if (root.path("version").asInt(0) != ExchangeDocument.VERSION) {
            batch.problems.add(new ImportProblem(file, "", "version", "This export is of version " + root.path("version").asString("?")
                    + "; this app reads version " + ExchangeDocument.VERSION + "."));
            return;
        }
        for (String field : root.propertyNames()) {
            if (!LISTS.contains(field) && !HEADER.contains(field)) {
                batch.problems.add(new ImportProblem(file, "", field, "This is not a field of the export format. Its lists are: "
                        + LISTS.stream().sorted().collect(Collectors.joining(", ")) + "."));
            }
        }
        if (root.has("timeline") && !root.path("timeline").isEmpty()) {
            batch.problems.add(new ImportProblem(file, "", "timeline", "Timeline items are a view of other records and cannot be imported; "
                    + "import the incidents, statements and resolutions instead."));
        }
        items(root, "categories", ExchangeDocument.CategoryRecord.class, Map.of(), batch.categories);
        items(root, "regimes", ExchangeDocument.RegimeRecord.class, Map.of(), batch.regimes);
        items(root, "resolutions", ResolutionRecord.class, Map.of(), batch.resolutions);
        items(root, "actors", ExchangeDocument.ActorRecord.class, Map.of(), batch.actors);
        items(root, "sources", SourceRecord.class, Map.of(), batch.sources);
        items(root, "incidents", IncidentRecord.class, Map.of(), batch.incidents);
        items(root, "statements", StatementRecord.class, Map.of("sourceId", "sourceUrl", "newSpeakerName", "speakers",
                "newSpeakerCountry", "speakers"), batch.statements);
    }

    private <T> void items(JsonNode root, String list, Class<T> type, Map<String, String> overrides, List<Located<T>> into) {
        JsonNode items = root.get(list);
        if (items == null || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            batch.problems.add(new ImportProblem(file, "", list, "\"" + list + "\" must be a list."));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            try {
                into.add(new Located<>(file, list + " item " + (i + 1), json.treeToValue(items.get(i), type), Located.jsonFields(list, i, overrides)));
            } catch (DatabindException bad) {
                batch.problems.add(new ImportProblem(file, list + " item " + (i + 1), path(list, i, bad), message(bad)));
            }
        }
    }

    private static String path(String list, int index, DatabindException bad) {
        StringBuilder path = new StringBuilder(list).append('[').append(index).append(']');
        for (var reference : bad.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(DatabindException bad) {
        if (bad instanceof UnrecognizedPropertyException unknown) {
            return "\"" + unknown.getPropertyName() + "\" is not a field of this record.";
        }
        if (bad instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            String value = String.valueOf(format.getValue());
            if (target.isEnum()) {
                return "\"" + IsoDates.shorten(value) + "\" is not one of: "
                        + Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ".";
            }
            if (target == java.time.LocalDate.class) {
                return "\"" + IsoDates.shorten(value) + "\" is not a date: write it as YYYY-MM-DD, e.g. 2023-09-05.";
            }
            return "\"" + IsoDates.shorten(value) + "\" cannot be read as " + target.getSimpleName() + ".";
        }
        String original = bad.getOriginalMessage();
        return "This value cannot be read: " + (original.length() > 200 ? original.substring(0, 200) + "…" : original);
    }

}
