package org.sanctionsmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.search.Highlighted;
import org.sanctionsmonitor.search.SearchHit;
import org.sanctionsmonitor.search.SearchKind;

/** One search match as the search export writes it: what it is, its title and snippet as plain text, its page. */
public record SearchRecord(SearchKind kind, long id, String title, String snippet, String detail, LocalDate date, boolean machineTranslation,
        String page, @JsonInclude(JsonInclude.Include.NON_NULL) WorkflowState workflowState) {

    static SearchRecord of(SearchHit hit, boolean editor) {
        return new SearchRecord(hit.kind(), hit.id(), text(hit.title()), text(hit.snippet()), hit.detail(), hit.date(), hit.machineTranslation(),
                "/" + hit.location(), editor ? hit.workflowState() : null);
    }

    static String text(Highlighted highlighted) {
        return highlighted == null ? null : String.join("", highlighted.parts().stream().map(Highlighted.Part::text).toList());
    }
}
