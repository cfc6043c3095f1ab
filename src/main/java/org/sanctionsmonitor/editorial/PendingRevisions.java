package org.sanctionsmonitor.editorial;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The revisions pending on published records: finding them, and their content as the record's form data in JSON. */
@Component
class PendingRevisions {

    private final PendingRevisionRepository revisions;
    private final JsonMapper json;

    PendingRevisions(PendingRevisionRepository revisions, JsonMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    Optional<PendingRevision> find(ItemType type, long id) {
        return revisions.findByItemTypeAndItemId(type.key(), id);
    }

    PendingRevision save(PendingRevision revision) {
        return revisions.save(revision);
    }

    void delete(PendingRevision revision) {
        revisions.delete(revision);
    }

    /** A revision's content as its form data; fields added to the form since it was saved keep their defaults. */
    <D extends EditableData> D read(EditorialType<?, D> type, PendingRevision revision) {
        return json.readerFor(type.dataClass()).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(revision.getContent());
    }

    String write(EditableData data) {
        return json.writeValueAsString(data);
    }

    /** A revision as the history describes it: its content, or the withdrawal it asks for. */
    Map<String, String> describe(EditorialType<?, ?> type, PendingRevision revision) {
        return revision.getChange() == PendingRevision.Change.EDIT && revision.getContent() != null
                ? read(type, revision).describe()
                : new LinkedHashMap<>();
    }

    EditorialStatus status(ItemType type, EditorialRecord record) {
        EditorialStatus.Pending pending = find(type, record.getId())
                .map(revision -> new EditorialStatus.Pending(revision.getChange() == PendingRevision.Change.WITHDRAWAL,
                        revision.getState(), revision.getUpdatedBy(), revision.getUpdatedAt(), revision.getReviewComment(),
                        revision.getReason()))
                .orElse(null);
        return new EditorialStatus(record.getWorkflowState(), record.getUpdatedBy(), record.getReviewComment(), record.getVersion(),
                record.getWithdrawalReason(), pending);
    }
}
