package org.sanctionsmonitor.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Collectors;
import org.sanctionsmonitor.exchange.CitationService;

/**
 * A report-style citation of incidents: the paragraphs with their note numbers and the notes, shown as text (never as
 * HTML), to copy as plain or rich text, or to download as CSL-JSON or BibTeX for a reference manager.
 */
class CiteDialog extends Dialog {

    CiteDialog(CitationService citations, List<Long> incidentIds, String fileName) {
        CitationService.Citation citation = citations.cite(incidentIds);
        setHeaderTitle(incidentIds.size() == 1 ? "Cite this incident" : "Cite " + incidentIds.size() + " incidents");
        addClassName("cite-dialog");
        setWidth("min(60rem, 95vw)");

        Div preview = new Div();
        preview.addClassName("citation");
        for (CitationService.Paragraph paragraph : citation.paragraphs()) {
            Paragraph text = new Paragraph(paragraph.number() + ". " + paragraph.text());
            if (!paragraph.notes().isEmpty()) {
                Element sup = new Element("sup");
                sup.setText(paragraph.notes().stream().map(String::valueOf).collect(Collectors.joining(", ")));
                text.getElement().appendChild(sup);
            }
            preview.add(text);
        }
        if (!citation.footnotes().isEmpty()) {
            OrderedList notes = new OrderedList();
            notes.addClassName("citation-notes");
            citation.footnotes().forEach(note -> notes.add(new ListItem(note.text())));
            preview.add(new H4("Notes"), notes);
        } else {
            preview.add(new Span("No source is cited for this yet."));
        }
        add(preview);

        CopyButton text = new CopyButton("Copy as text", citation.text(), null);
        CopyButton rich = new CopyButton("Copy as rich text", citation.text(), citation.html());
        HorizontalLayout actions = new HorizontalLayout(text, rich,
                Downloads.text("CSL-JSON", fileName + ".csl.json", "application/vnd.citationstyles.csl+json", citation::cslJson),
                Downloads.text("BibTeX", fileName + ".bib", "application/x-bibtex", citation::bibtex));
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        getFooter().add(actions, new Button("Close", click -> close()));
    }
}
