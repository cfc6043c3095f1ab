package org.sanctionsmonitor.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds provisions the ways people write them: {@code 1718 OP8}, {@code S/RES/1718 (2006) OP8(b)},
 * {@code UNSCR 1718 op 8 b}, {@code 2231 Annex B para 4}, {@code Annex B 4}. Case, punctuation, "S/RES/", the year in
 * brackets and words such as "OP" and "para" do not matter. A number that is a resolution's number, or that follows
 * "S/RES/", "UNSCR" or "resolution" (so also while it is typed), keeps that resolution's provisions only; the rest is
 * matched against the start of the paragraph label, an exact label first, then in the order given. Only when no
 * label matches are the words looked up in the citation and summary.
 */
public final class ProvisionSearch {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+");
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(\\s*\\d{4}\\s*\\)");
    private static final Pattern RANGE = Pattern.compile("op\\s*(\\d+)\\s*[-–]\\s*(?:op\\s*)?(\\d+)");
    /** Words that say "a resolution": a number after one names a resolution, even while it is still being typed. */
    private static final Set<String> RESOLUTION_WORDS = Set.of("s", "res", "scr", "unscr", "resolution");
    /** Words that say "a paragraph" without naming one. */
    private static final Set<String> PARAGRAPH_WORDS = Set.of("op", "ops", "operative", "para", "paras", "paragraph", "paragraphs");
    private static final int LONGEST_RANGE = 50;

    private ProvisionSearch() {
    }

    /** The options that match {@code query}, best first; every option, in its order, for a blank query. */
    public static List<ProvisionOption> rank(List<ProvisionOption> options, String query) {
        String text = YEAR_IN_BRACKETS.matcher(query == null ? "" : query.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Set<String> numbers = options.stream().map(o -> String.valueOf(o.resolutionNumber())).collect(Collectors.toSet());
        List<String> resolutions = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean afterResolutionWord = false;
        for (String token : words(text)) {
            if (RESOLUTION_WORDS.contains(token)) {
                afterResolutionWord = true;
                continue;
            }
            if (isNumber(token) && (afterResolutionWord || numbers.contains(token))) {
                resolutions.add(token);
            } else if (!PARAGRAPH_WORDS.contains(token)) {
                rest.add(token);
            }
            afterResolutionWord = false;
        }
        String label = String.join("", rest);

        List<Ranked> byLabel = new ArrayList<>();
        List<Ranked> byText = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ProvisionOption option = options.get(i);
            String number = String.valueOf(option.resolutionNumber());
            if (!resolutions.isEmpty() && resolutions.stream().noneMatch(number::startsWith)) {
                continue;
            }
            int rank = label.isEmpty() ? 0 : labelRank(option.label(), label);
            if (rank >= 0) {
                byLabel.add(new Ranked(option, rank, i));
            } else if (mentions(option, rest)) {
                byText.add(new Ranked(option, 0, i));
            }
        }
        List<Ranked> found = byLabel.isEmpty() ? byText : byLabel;
        return found.stream().sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order))
                .map(Ranked::option).toList();
    }

    private record Ranked(ProvisionOption option, int rank, int order) {
    }

    /**
     * How well the query's label part (its tokens joined, e.g. "8b") matches a label: 0 exactly, 1 up to a whole part
     * ("8" of OP8(b), or a paragraph of an annex given without the annex), 2 in the middle of a part ("1" of OP12),
     * -1 not at all.
     */
    static int labelRank(String label, String query) {
        int best = -1;
        for (Alternative alternative : alternatives(label)) {
            String atoms = String.join("", alternative.atoms());
            if (!atoms.startsWith(query)) {
                continue;
            }
            int rank;
            if (atoms.length() == query.length()) {
                rank = 0;
            } else if (boundaries(alternative.atoms()).contains(query.length())) {
                rank = 1;
            } else {
                rank = 2;
            }
            rank = Math.max(rank, alternative.shortened() ? 1 : 0);
            best = best < 0 ? rank : Math.min(best, rank);
        }
        return best;
    }

    private record Alternative(List<String> atoms, boolean shortened) {
    }

    /**
     * The ways a label can be cited: "OP6, OP8" as OP6 and OP8, "OP11-OP18" as each paragraph of the range,
     * "Annex B para 4" also as "para 4".
     */
    private static List<Alternative> alternatives(String label) {
        String text = label.toLowerCase(Locale.ROOT);
        List<String> pieces = List.of(text.split("[,;]"));
        if (pieces.size() < 2 || pieces.stream().anyMatch(p -> !p.matches(".*\\d.*"))) {
            pieces = List.of(text);
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (String piece : pieces) {
            Matcher range = RANGE.matcher(piece.trim());
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (to >= from && to - from <= LONGEST_RANGE) {
                    for (int n = from; n <= to; n++) {
                        alternatives.add(new Alternative(List.of(String.valueOf(n)), false));
                    }
                    continue;
                }
            }
            List<String> atoms = atoms(piece);
            alternatives.add(new Alternative(atoms, false));
            if (atoms.size() > 2 && atoms.getFirst().equals("annex")) {
                alternatives.add(new Alternative(atoms.subList(2, atoms.size()), true));
            }
        }
        return alternatives;
    }

    private static Set<Integer> boundaries(List<String> atoms) {
        Set<Integer> ends = new java.util.HashSet<>();
        int length = 0;
        for (String atom : atoms) {
            length += atom.length();
            ends.add(length);
        }
        return ends;
    }

    /** Whether every word of the query starts a word of the option's citation or summary. */
    private static boolean mentions(ProvisionOption option, List<String> words) {
        List<String> text = words((option.citation() + " " + option.summary()).toLowerCase(Locale.ROOT));
        return words.stream().allMatch(word -> text.stream().anyMatch(t -> t.startsWith(word)));
    }

    /** Letters and digits in runs: "s/res/1718 op8(b)" is s, res, 1718, op, 8, b. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The words of a label that name it, without "OP" or "para". */
    private static List<String> atoms(String label) {
        return words(label).stream().filter(w -> !PARAGRAPH_WORDS.contains(w)).toList();
    }

    private static boolean isNumber(String token) {
        return token.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
