package org.sanctionsmonitor.base;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed into a search field, as a PostgreSQL full-text query that matches the documents built by
 * {@code V40__search_everywhere.sql}: every word must occur, as a word or the start of one ({@code alab} finds
 * Alabuga, {@code 김여정} finds 김여정은), stemmed in each language of its script (Latin words in English, Indonesian,
 * French, …; Cyrillic in Russian; Arabic script in Arabic) and folded without stemming for every other language.
 * Words are split where the index splits them (hyphens, slashes, the Persian zero-width non-joiner), and a word of
 * letters and digits also matches them apart ({@code shahed136} finds "Shahed 136").
 * <p>
 * The query is built from letters, marks and digits only, so nothing typed can change its syntax.
 *
 * @param text  what was typed, trimmed
 * @param terms the words, lower-cased, in the order typed, without repeats
 */
public record TextQuery(String text, List<String> terms) {

    /** Longest search accepted. */
    public static final int MAX_LENGTH = 200;
    /** Most words accepted. */
    public static final int MAX_TERMS = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

    private static final List<String> LATIN = List.of("english", "indonesian", "french", "german", "spanish", "portuguese",
            "italian", "dutch", "turkish", "swedish", "norwegian", "danish", "finnish", "hungarian", "romanian", "lithuanian",
            "catalan", "basque", "irish");

    public TextQuery {
        terms = List.copyOf(terms);
    }

    /**
     * Reads what was typed; fails with a worded message on a search with no word in it, one longer than
     * {@value #MAX_LENGTH} characters or with more than {@value #MAX_TERMS} words.
     */
    public static TextQuery parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw new FieldException("q", "Keep the search to " + MAX_LENGTH + " characters or fewer.");
        }
        Set<String> terms = new LinkedHashSet<>();
        Matcher words = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (words.find()) {
            terms.add(words.group().toLowerCase(Locale.ROOT));
        }
        if (terms.isEmpty()) {
            throw new FieldException("q", "Type a word, a name or a number to search for.");
        }
        if (terms.size() > MAX_TERMS) {
            throw new FieldException("q", "Search for " + MAX_TERMS + " words at most.");
        }
        return new TextQuery(text, new ArrayList<>(terms));
    }

    /** Whether {@code typed} holds a word to search for; blank fields are simply "no search". */
    public static boolean hasWords(String typed) {
        return typed != null && WORD.matcher(typed).find();
    }

    /** The query, or empty where {@link #parse} would refuse it (for list filters that then match the text as typed). */
    public static java.util.Optional<TextQuery> tryParse(String typed) {
        try {
            return java.util.Optional.of(parse(typed));
        } catch (FieldException refused) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The query in {@code to_tsquery} syntax, e.g. {@code kim:* & yo:* & jong:*}. Words of two letters or more match as
     * prefixes; numbers and single letters only as themselves, so "136" does not find "1360".
     */
    public String tsquery() {
        return tsquery(" & ", "");
    }

    /** Like {@link #tsquery()}, but matching lexemes of one weight only, e.g. "A": names and titles. */
    public String tsqueryOfWeight(String weight) {
        return tsquery(" & ", weight);
    }

    /** Any of the words instead of all of them, e.g. {@code 1718 | op8:*}. */
    public String tsqueryAny() {
        return tsquery(" | ", "");
    }

    private String tsquery(String operator, String weight) {
        List<String> parts = new ArrayList<>();
        for (String term : terms) {
            String[] pieces = LETTERS_AND_DIGITS.split(term);
            if (pieces.length > 1) {
                List<String> apart = new ArrayList<>();
                for (String piece : pieces) {
                    apart.add(operand(piece, weight));
                }
                parts.add("(" + operand(term, weight) + " | (" + String.join(" & ", apart) + "))");
            } else {
                parts.add(operand(term, weight));
            }
        }
        return String.join(operator, parts);
    }

    private static String operand(String term, String weight) {
        boolean exact = DIGITS.matcher(term).matches() || term.codePointCount(0, term.length()) < 2;
        return exact ? (weight.isEmpty() ? term : term + ":" + weight) : term + ":*" + weight;
    }

    /**
     * The SQL expression of the query, reading the {@link #tsquery()} text from the named parameter: the text search
     * configurations of the scripts the words are written in, and the folded language-neutral one.
     */
    public String sql(String parameter) {
        StringBuilder sql = new StringBuilder("(to_tsquery('simple', search_fold(:" + parameter + "))");
        for (String config : configs()) {
            sql.append(" || to_tsquery('").append(config).append("', :").append(parameter).append(')');
        }
        return sql.append(')').toString();
    }

    /**
     * The SQL expression of the query as one {@code tsquery}, each configuration's reading once (20 configurations read
     * a Latin word as three or four distinct queries): a query repeated in an OR makes PostgreSQL overestimate how
     * many rows match, and plan a scan of the whole table where the index finds the few. The named parameter holds a
     * query of this record ({@link #tsquery()} or another), and {@code :<parameter>Whole} the same of
     * {@link #wholeWords}: words match as prefixes in the folded unstemmed form, which is what finds a word half typed
     * ("alab"), and as whole stems in the languages of the Latin script. There a stem taken as a prefix finds more than
     * meant ("miss" of a Finnish reading of "missiles" finds "mission") and reads every posting list it starts, a
     * quarter of a second at a million rows. (The Arabic stemmer leaves the definite form longer than the indefinite
     * one, so "الطائرات" finds "طائرات" only as a prefix: other scripts keep prefixes.) Evaluate it once and use its
     * text as the query; it is empty (matching nothing) for a query of stop words only.
     */
    public String sqlDistinct(String parameter) {
        return "(SELECT coalesce(string_agg(DISTINCT '(' || CAST(t AS text) || ')', ' | '), '') FROM unnest(ARRAY[" + readings(parameter)
                + "]) t WHERE numnode(t) > 0)";
    }

    /**
     * Like {@link #sqlDistinct} of {@link #tsquery()}, but every word in any of its readings ({@code (sanction | sanctions)
     * & (evas | evasion)}) rather than any reading of every word: a little more (a word read in one language, the next
     * in another) and much less for a GIN index to read, as each row it returns must hold a reading of every word; with
     * the readings at the top, it reads every row holding any of them (43 → 22 ms for "sanctions evasion" at 1.2
     * million sources). A word that is a stop word in a language is left out, as that language's reading does not need
     * it; empty when every word is. Meant for the index, with the exact query checked on the rows it finds; reads the
     * words from the parameters of {@link #wordParameters}.
     */
    public String sqlEveryWord() {
        List<String> words = new ArrayList<>();
        for (int n = 0; n < terms.size(); n++) {
            words.add("'(' || (SELECT CASE WHEN bool_and(numnode(t) > 0) THEN string_agg(DISTINCT '(' || CAST(t AS text) || ')', ' | ') END"
                    + " FROM unnest(ARRAY[" + readings("word" + n) + "]) t) || ')'");
        }
        return "concat_ws(' & ', " + String.join(", ", words) + ")";
    }

    /** The parameters of {@link #sqlEveryWord}: each word's query, and the same of {@link #wholeWords}. */
    public Map<String, Object> wordParameters() {
        Map<String, Object> parameters = new HashMap<>();
        for (int n = 0; n < terms.size(); n++) {
            String word = new TextQuery(terms.get(n), List.of(terms.get(n))).tsquery();
            parameters.put("word" + n, word);
            parameters.put("word" + n + "Whole", wholeWords(word));
        }
        return parameters;
    }

    /** Each configuration's reading of the query in the named parameter, as a list of SQL expressions. */
    private String readings(String parameter) {
        StringBuilder each = new StringBuilder("to_tsquery('simple', search_fold(:" + parameter + "))");
        for (String config : configs()) {
            each.append(", to_tsquery('").append(config).append("', :").append(parameter).append(LATIN.contains(config) ? "Whole)" : ")");
        }
        return each.toString();
    }

    /** A query of this record with every prefix made a whole word: {@code kim:* & jong:*A} becomes {@code kim & jong:A}. */
    public static String wholeWords(String tsquery) {
        return tsquery.replaceAll(":\\*([A-D])", ":$1").replace(":*", "");
    }

    /** The stemming configurations for the scripts of the words (from a fixed list, never from the input). */
    List<String> configs() {
        Set<String> configs = new LinkedHashSet<>();
        for (String term : terms) {
            UnicodeScript script = term.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst().orElse(null);
            if (script == null) {
                continue;
            }
            switch (script) {
                case LATIN -> configs.addAll(LATIN);
                case CYRILLIC -> configs.addAll(List.of("russian", "serbian"));
                case ARABIC -> configs.add("arabic");
                case GREEK -> configs.add("greek");
                case DEVANAGARI -> configs.addAll(List.of("hindi", "nepali"));
                case ARMENIAN -> configs.add("armenian");
                case TAMIL -> configs.add("tamil");
                case HEBREW -> configs.add("yiddish");
                default -> { } // Hangul, Han, ...: PostgreSQL has no stemmer; the folded 'simple' lexemes serve them
            }
        }
        return List.copyOf(configs);
    }
}
