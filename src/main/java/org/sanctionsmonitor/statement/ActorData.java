package org.sanctionsmonitor.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.editorial.EditableData;

/** What an editor enters for an actor; validated by the service. Name and country together are unique. */
@FieldRules
public class ActorData implements EditableData, FieldRules.Checked {

    static final int MAX_OTHER_NAMES = 30;

    private Long id;
    private long version;

    @NotNull(message = "Choose what kind of actor this is.")
    private ActorKind kind = ActorKind.PERSON;

    @NotBlank(message = "Give the actor's name.")
    @Size(max = 200, message = "Keep the name to 200 characters or fewer.")
    private String name;

    private String countryCode;

    @Size(max = 300, message = "Keep the title or role to 300 characters or fewer.")
    private String title;

    /** Other spellings of the name and the name in other scripts, one per entry. */
    private List<@Size(max = 200, message = "Keep each other name to 200 characters or fewer.") String> otherNames = new ArrayList<>();

    /** For editors only, e.g. why this actor exists; readers never see it. */
    @Size(max = 4000, message = "Keep the notes under 4,000 characters.")
    private String notes;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public void check(FieldRules.Report report) {
        report.require("otherNames", otherNames == null || otherNames.size() <= MAX_OTHER_NAMES,
                "Give at most " + MAX_OTHER_NAMES + " other names.");
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Name", name == null ? "" : name.trim());
        fields.put("Kind", kind == null ? "" : kind.name().replace('_', ' ').toLowerCase());
        fields.put("Country", countryCode == null ? "" : countryCode);
        fields.put("Other names", String.join("; ", Actor.otherNames(otherNames, name == null ? "" : name.trim())));
        fields.put("Title", title == null ? "" : title.trim());
        fields.put("Editors' notes", notes == null ? "" : notes.trim());
        return fields;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public void setVersion(long version) {
        this.version = version;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(List<String> otherNames) {
        this.otherNames = otherNames == null ? new ArrayList<>() : new ArrayList<>(otherNames);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
