package org.sanctionsmonitor.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A text with the words that matched a search marked: plain text in parts, never markup. PostgreSQL's
 * {@code ts_headline} marks matches with the control characters U+0001 and U+0002, which are removed from the text
 * before it is marked, so that whatever the text holds (tags, quotes, ampersands) stays text.
 */
public record Highlighted(List<Part> parts) {

    static final char START = '\u0001';
    static final char STOP = '\u0002';
    /** What {@code <}, {@code >} and {@code &} were written as for ts_headline (see SearchService). */
    private static final String STAND_INS = "\uE000\uE001\uE002";
    private static final String ORIGINALS = "<>&";

    public Highlighted {
        parts = List.copyOf(parts);
    }

    /** A piece of the text, and whether it matched. */
    public record Part(String text, boolean match) {
    }

    /** Splits text marked by {@code ts_headline} into parts; a lone or misplaced mark is dropped. */
    public static Highlighted parse(String marked) {
        List<Part> parts = new ArrayList<>();
        if (marked == null) {
            return new Highlighted(parts);
        }
        StringBuilder text = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == STOP) {
                boolean opening = c == START;
                if (opening != inMatch && !text.isEmpty()) {
                    parts.add(new Part(text.toString(), inMatch));
                    text.setLength(0);
                }
                inMatch = opening;
            } else {
                int standIn = STAND_INS.indexOf(c);
                text.append(standIn < 0 ? c : ORIGINALS.charAt(standIn));
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), inMatch));
        }
        return new Highlighted(parts);
    }

    public static Highlighted plain(String text) {
        return new Highlighted(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** The whole text, without marks. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    public boolean hasMatch() {
        return parts.stream().anyMatch(Part::match);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
