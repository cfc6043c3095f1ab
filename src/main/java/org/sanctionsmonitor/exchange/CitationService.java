package org.sanctionsmonitor.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.incident.IncidentDetails;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentService;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.ProvisionOption;
import org.sanctionsmonitor.resolution.ResolutionService;
import org.sanctionsmonitor.security.Role;
import org.sanctionsmonitor.source.SourceDetails;
import org.sanctionsmonitor.source.SourceService;
import org.sanctionsmonitor.source.SourceType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report-style citations of incidents, in the manner of the UN Panel of Experts and MSMT reports: one numbered paragraph
 * per incident (when, what, who, the provisions engaged, its status), the sources as numbered footnotes — outlet and
 * originating outlet, title, date, address, archived copy, date accessed. A source cited by several incidents has one
 * footnote. The same citation comes as plain text, as rich text (HTML for pasting into a word processor), as CSL-JSON
 * and as BibTeX for reference managers. Only what the user may see is cited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.IS_VIEWER)
public class CitationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** One citation: its paragraphs and footnotes in each format. */
    public record Citation(List<Paragraph> paragraphs, List<Footnote> footnotes, String text, String html, String cslJson, String bibtex) {
    }

    /** A paragraph of text with the numbers of the footnotes that follow it. */
    public record Paragraph(int number, String text, List<Integer> notes) {
    }

    public record Footnote(int number, long sourceId, String text) {
    }

    private final IncidentService incidents;
    private final SourceService sources;
    private final ResolutionService resolutions;
    private final JsonMapper json;
    private final Clock clock;

    CitationService(IncidentService incidents, SourceService sources, ResolutionService resolutions, JsonMapper json, Clock clock) {
        this.incidents = incidents;
        this.sources = sources;
        this.resolutions = resolutions;
        this.json = json;
        this.clock = clock;
    }

    /** The citation of these incidents, in this order; ids the user may not see are left out. */
    public Citation cite(List<Long> incidentIds) {
        Map<Long, String> citations = resolutions.provisionOptions().stream()
                .collect(Collectors.toMap(ProvisionOption::id, ProvisionOption::citation, (a, b) -> a));
        Map<Long, Integer> noteOf = new LinkedHashMap<>();
        List<SourceDetails> cited = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (long id : incidentIds) {
            IncidentDetails incident = incidents.details(id).orElse(null);
            if (incident == null) {
                continue;
            }
            List<Integer> notes = new ArrayList<>();
            for (IncidentDetails.CitedSource source : incident.sources()) {
                Integer number = noteOf.get(source.sourceId());
                if (number == null) {
                    SourceDetails details = sources.details(source.sourceId()).orElse(null);
                    if (details == null) {
                        continue;
                    }
                    cited.add(details);
                    number = cited.size();
                    noteOf.put(source.sourceId(), number);
                }
                notes.add(number);
            }
            paragraphs.add(new Paragraph(paragraphs.size() + 1, paragraph(incident, citations), notes));
        }
        LocalDate today = LocalDate.now(clock);
        List<Footnote> footnotes = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            footnotes.add(new Footnote(i + 1, cited.get(i).id(), footnote(cited.get(i), today)));
        }
        return new Citation(paragraphs, footnotes, text(paragraphs, footnotes), html(paragraphs, footnotes), cslJson(cited, today),
                bibtex(cited, today));
    }

    /**
     * "In September 2022, North Korea allegedly supplied artillery ammunition to Russia: US intelligence: Russia buying
     * … . The Russian defence ministry was … . The incident engages S/RES/1718 (2006) OP8(b). It is recorded as alleged,
     * with medium confidence."
     */
    static String paragraph(IncidentDetails incident, Map<Long, String> citations) {
        StringBuilder text = new StringBuilder(capitalise(when(incident.dateFrom(), incident.dateTo(), incident.datePrecision()))).append(", ");
        String suppliers = names(incident, PartyRole.SUPPLIER);
        String recipients = names(incident, PartyRole.RECIPIENT);
        String category = incident.categoryLabel() == null ? "" : incident.categoryLabel().toLowerCase(Locale.ENGLISH);
        if (incident.kind() == IncidentKind.VIOLATION && !suppliers.isEmpty() && !recipients.isEmpty()) {
            text.append(suppliers).append(" reportedly supplied ").append(category).append(" to ").append(recipients).append(" (")
                    .append(quoted(incident.title())).append(").");
        } else if (incident.kind() == IncidentKind.VIOLATION) {
            text.append("an alleged violation was reported involving ").append(category.isEmpty() ? "" : category + " and ")
                    .append(allNames(incident)).append(" (").append(quoted(incident.title())).append(").");
        } else {
            text.append("the following took place").append(allNames(incident).isEmpty() ? "" : ", involving " + allNames(incident))
                    .append(": ").append(quoted(incident.title())).append('.');
        }
        if (incident.summary() != null && !incident.summary().isBlank()) {
            text.append(' ').append(sentence(incident.summary()));
        }
        if (!incident.provisions().isEmpty()) {
            text.append(" It is assessed against ").append(incident.provisions().stream()
                    .map(p -> citations.getOrDefault(p.provisionId(), Labels.resolution(p.resolutionNumber()) + " " + p.label())
                            + (p.inForceOnIncidentDate() ? "" : " (not in force on that date)"))
                    .collect(Collectors.joining(", "))).append('.');
        }
        if (incident.kind() == IncidentKind.VIOLATION) {
            text.append(" It is recorded as ").append(incident.status().label().toLowerCase(Locale.ENGLISH)).append(", with ")
                    .append(incident.confidence().label().toLowerCase(Locale.ENGLISH)).append(" confidence.");
        }
        return text.toString();
    }

    /** "On 5 September 2022", "From 5 to 6 September 2022", "In October 2023", "In 2024". */
    static String when(LocalDate from, LocalDate to, DatePrecision precision) {
        return switch (precision) {
            case YEAR -> from.getYear() == to.getYear() ? "in " + from.getYear() : "between " + from.getYear() + " and " + to.getYear();
            case MONTH -> from.withDayOfMonth(1).equals(to.withDayOfMonth(1)) ? "in " + MONTH.format(from)
                    : "between " + MONTH.format(from) + " and " + MONTH.format(to);
            case DAY -> from.equals(to) ? "on " + DAY.format(from)
                    : from.getMonth() == to.getMonth() && from.getYear() == to.getYear()
                            ? "from " + from.getDayOfMonth() + " to " + DAY.format(to)
                            : "from " + DAY.format(from) + " to " + DAY.format(to);
        };
    }

    /**
     * "Al Arabiya (Reuters), “Title” [English title], 5 September 2022. Available at https://… (archived copy:
     * https://…; accessed 1 December 2026)."
     */
    static String footnote(SourceDetails source, LocalDate today) {
        StringBuilder note = new StringBuilder(Labels.outlet(source.outlet(), source.originatingOutlet())).append(", ")
                .append(quoted(source.titleOriginal()));
        if (source.titleTranslation() != null && !source.titleTranslation().isBlank()) {
            note.append(" [").append(source.titleTranslation().strip()).append(']');
        }
        note.append(", ").append(source.publishedOn() == null ? "undated" : DAY.format(source.publishedOn())).append(". Available at ")
                .append(source.url()).append(" (");
        if (source.archivedUrl() != null && !source.archivedUrl().isBlank()) {
            note.append("archived copy: ").append(source.archivedUrl()).append("; ");
        }
        return note.append("accessed ").append(DAY.format(accessed(source, today))).append(").").toString();
    }

    /** The day the source was consulted: when the editor retrieved it, or else today, when it is cited. */
    private static LocalDate accessed(SourceDetails source, LocalDate today) {
        return source.retrievedOn() == null ? today : source.retrievedOn();
    }

    static String text(List<Paragraph> paragraphs, List<Footnote> footnotes) {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            text.append(paragraph.number()).append(". ").append(paragraph.text())
                    .append(paragraph.notes().isEmpty() ? "" : " " + paragraph.notes().stream().map(n -> "[" + n + "]").collect(Collectors.joining()))
                    .append("\n\n");
        }
        if (!footnotes.isEmpty()) {
            text.append("Notes\n");
            footnotes.forEach(note -> text.append('[').append(note.number()).append("] ").append(note.text()).append('\n'));
        }
        return text.toString().stripTrailing() + "\n";
    }

    /** The same as HTML, every piece of text escaped: paragraphs with superscript note numbers, then the notes. */
    static String html(List<Paragraph> paragraphs, List<Footnote> footnotes) {
        StringBuilder html = new StringBuilder("<div>");
        for (Paragraph paragraph : paragraphs) {
            html.append("<p>").append(paragraph.number()).append(". ").append(HtmlUtils.htmlEscape(paragraph.text()));
            if (!paragraph.notes().isEmpty()) {
                html.append("<sup>").append(paragraph.notes().stream().map(String::valueOf).collect(Collectors.joining(", "))).append("</sup>");
            }
            html.append("</p>");
        }
        if (!footnotes.isEmpty()) {
            html.append("<hr><ol>");
            footnotes.forEach(note -> html.append("<li>").append(HtmlUtils.htmlEscape(note.text())).append("</li>"));
            html.append("</ol>");
        }
        return html.append("</div>").toString();
    }

    /** The cited sources as CSL-JSON items (Zotero, Mendeley, Pandoc). */
    String cslJson(List<SourceDetails> cited, LocalDate today) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (SourceDetails source : cited) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "sanctions-monitor-source-" + source.id());
            item.put("type", cslType(source.type()));
            item.put("title", source.titleOriginal());
            item.put("container-title", source.outlet());
            if (source.originatingOutlet() != null) {
                item.put("original-publisher", source.originatingOutlet());
            }
            item.put("language", source.language());
            if (source.publishedOn() != null) {
                item.put("issued", Map.of("date-parts", List.of(List.of(source.publishedOn().getYear(), source.publishedOn().getMonthValue(),
                        source.publishedOn().getDayOfMonth()))));
            }
            LocalDate accessed = accessed(source, today);
            item.put("accessed", Map.of("date-parts", List.of(List.of(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth()))));
            item.put("URL", source.url());
            if (source.archivedUrl() != null) {
                item.put("archive", "Archived copy");
                item.put("archive_location", source.archivedUrl());
            }
            List<String> notes = new ArrayList<>();
            if (source.titleTranslation() != null) {
                notes.add("English title: " + source.titleTranslation());
            }
            if (source.archivedUrl() != null) {
                notes.add("Archived copy: " + source.archivedUrl());
            }
            if (!notes.isEmpty()) {
                item.put("note", String.join("\n", notes));
            }
            items.add(item);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(items);
    }

    private static String cslType(SourceType type) {
        return switch (type) {
            case NEWS_ARTICLE, STATE_MEDIA -> "article-newspaper";
            case UN_PANEL_REPORT, UN_DOCUMENT, RESEARCH_REPORT -> "report";
            case OFFICIAL_DOCUMENT -> "document";
            case OTHER -> "webpage";
        };
    }

    /** The cited sources as BibTeX {@code @misc} entries, with biblatex's {@code date}, {@code url} and {@code urldate}. */
    static String bibtex(List<SourceDetails> cited, LocalDate today) {
        StringBuilder bib = new StringBuilder();
        for (SourceDetails source : cited) {
            bib.append("@misc{").append(key(source)).append(",\n");
            field(bib, "author", "{" + tex(Labels.outlet(source.outlet(), source.originatingOutlet())) + "}");
            field(bib, "title", "{" + tex(source.titleOriginal()) + "}");
            if (source.publishedOn() != null) {
                field(bib, "year", String.valueOf(source.publishedOn().getYear()));
                field(bib, "month", source.publishedOn().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ENGLISH));
                field(bib, "date", source.publishedOn().toString());
            }
            field(bib, "url", url(source.url()));
            field(bib, "howpublished", "\\url{" + url(source.url()) + "}");
            field(bib, "urldate", accessed(source, today).toString());
            field(bib, "language", tex(source.language()));
            List<String> notes = new ArrayList<>();
            if (source.titleTranslation() != null) {
                notes.add("English title: " + tex(source.titleTranslation()));
            }
            if (source.archivedUrl() != null) {
                notes.add("Archived copy: \\url{" + url(source.archivedUrl()) + "}");
            }
            notes.add("Accessed " + DAY.format(accessed(source, today)));
            field(bib, "note", String.join(". ", notes));
            bib.setLength(bib.length() - 2);
            bib.append("\n}\n\n");
        }
        return bib.toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** "kompas2023source12": the outlet's letters, the year and the source's id, unique and stable. */
    static String key(SourceDetails source) {
        String outlet = java.text.Normalizer.normalize(source.outlet(), java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
        return (outlet.isEmpty() ? "source" : outlet.substring(0, Math.min(20, outlet.length())))
                + (source.publishedOn() == null ? "" : source.publishedOn().getYear()) + "source" + source.id();
    }

    /** Text with LaTeX's special characters escaped. */
    static String tex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An address inside LaTeX's url command: {@code %} and {@code #} escaped, braces and backslashes percent-encoded. */
    static String url(String url) {
        StringBuilder out = new StringBuilder();
        for (char c : url.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\%5C");
                case '{' -> out.append("\\%7B");
                case '}' -> out.append("\\%7D");
                case '%' -> out.append("\\%");
                case '#' -> out.append("\\#");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String names(IncidentDetails incident, PartyRole role) {
        return join(incident.parties().stream().filter(p -> p.role() == role).map(IncidentDetails.Party::countryName).toList());
    }

    private static String allNames(IncidentDetails incident) {
        return join(incident.parties().stream().map(IncidentDetails.Party::countryName).distinct().toList());
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String quoted(String text) {
        return "“" + text.strip() + "”";
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?") ? stripped : stripped + ".";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
