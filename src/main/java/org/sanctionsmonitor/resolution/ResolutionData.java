package org.sanctionsmonitor.resolution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctionsmonitor.base.FieldRules;
import org.sanctionsmonitor.editorial.EditableData;

/**
 * A resolution with its provisions and their periods in force, as editors enter it; validated by the service. A
 * provision keeps its id across edits, because incidents cite it.
 */
@FieldRules
public class ResolutionData implements EditableData, FieldRules.Checked {

    private Long id;
    private long version;

    @NotNull(message = "Give the resolution's number.")
    @Positive(message = "A resolution number is positive.")
    @Max(value = 999_999_999, message = "A resolution number has at most 9 digits.")
    private Integer number;

    @NotBlank(message = "Choose the sanctions regime.")
    private String regimeCode;

    @NotNull(message = "Give the date it was adopted.")
    private LocalDate adoptedOn;

    @Size(max = 300, message = "Keep the meeting to 300 characters or fewer.")
    private String meeting;

    @Min(value = 0, message = "Votes lie between 0 and 15.")
    @Max(value = 15, message = "Votes lie between 0 and 15.")
    private Integer votesFor;

    @Min(value = 0, message = "Votes lie between 0 and 15.")
    @Max(value = 15, message = "Votes lie between 0 and 15.")
    private Integer votesAgainst;

    @Min(value = 0, message = "Votes lie between 0 and 15.")
    @Max(value = 15, message = "Votes lie between 0 and 15.")
    private Integer votesAbstain;

    @Size(max = 300, message = "Keep the vote to 300 characters or fewer.")
    private String voteText;

    @NotBlank(message = "Give the resolution's title.")
    @Size(max = 500, message = "Keep the resolution's title to 500 characters or fewer.")
    private String title;

    @Size(max = 20000, message = "Keep the resolution's summary to 20,000 characters or fewer.")
    private String summary;

    @Pattern(regexp = "^$|^https?://\\S+$", message = "Give a web address starting with http:// or https://.")
    @Size(max = 2000, message = "Keep the web address to 2,000 characters or fewer.")
    private String url;

    @Size(max = 20000, message = "Keep the editors' notes to 20,000 characters or fewer.")
    private String notes;

    @Valid
    private List<ProvisionData> provisions = new ArrayList<>();

    @Override
    public void check(FieldRules.Report report) {
        int votes = (votesFor == null ? 0 : votesFor) + (votesAgainst == null ? 0 : votesAgainst) + (votesAbstain == null ? 0 : votesAbstain);
        report.require("votesFor", votes <= 15, "The Security Council has 15 members: the votes add up to at most 15.");
        report.require("provisions", provisions.size() == provisions.stream().map(p -> p.label() == null ? "" : p.label().trim())
                .distinct().count(), "Each paragraph label can be used only once in a resolution.");
    }

    /** The content as label → text, for the conflict dialog and the history tab. */
    @Override
    public Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Number", number == null ? "" : String.valueOf(number));
        fields.put("Regime", text(regimeCode));
        fields.put("Adopted", adoptedOn == null ? "" : adoptedOn.toString());
        fields.put("Meeting", text(meeting));
        fields.put("Vote", (votesFor == null ? "" : votesFor + "–" + votesAgainst + "–" + votesAbstain) + " " + text(voteText));
        fields.put("Title", text(title));
        fields.put("Summary", text(summary));
        fields.put("Official record", text(url));
        fields.put("Editors' notes", text(notes));
        fields.put("Provisions", provisions.stream().map(ProvisionData::describe).collect(Collectors.joining("\n")));
        return fields;
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** One paragraph of the resolution. */
    @FieldRules
    public record ProvisionData(
            Long id,
            @NotBlank(message = "Give the paragraph's label, e.g. OP8(b).")
            @Size(max = 100, message = "Keep the paragraph's label to 100 characters or fewer.") String label,
            @NotNull(message = "Choose the kind of measure.") MeasureType measureType,
            @NotBlank(message = "Summarise the paragraph.")
            @Size(max = 20000, message = "Keep the paragraph's summary to 20,000 characters or fewer.") String summary,
            boolean binding,
            @NotNull(message = "Say whether the paragraph was verified.") Verification verification,
            @Size(max = 20000, message = "Keep the verification note to 20,000 characters or fewer.") String verificationNote,
            @Valid List<PeriodData> periods) implements FieldRules.Checked {

        /** "OP8(b) (binding, verified): summary; in force 2006-10-14 –". */
        String describe() {
            String inForce = periods == null ? "" : periods.stream()
                    .map(p -> p.from() + " – " + (p.until() == null ? "" : p.until()) + (p.note() == null || p.note().isBlank() ? "" : " (" + p.note().trim() + ")"))
                    .collect(Collectors.joining("; "));
            return label + " (" + (binding ? "binding" : "non-binding") + ", " + (verification == null ? "" : verification.label()) + ", "
                    + (measureType == null ? "" : measureType.label()) + "): " + summary
                    + (verificationNote == null || verificationNote.isBlank() ? "" : " [" + verificationNote.trim() + "]")
                    + "; in force " + inForce;
        }

        @Override
        public void check(FieldRules.Report report) {
            report.require("periods", periods == null
                    || periods.size() == periods.stream().map(PeriodData::from).distinct().count(),
                    "Two periods in force cannot start on the same day.");
        }
    }

    /** A period in force: from a day up to, not including, the day it lapsed (open while {@code until} is empty). */
    @FieldRules
    public record PeriodData(
            @NotNull(message = "Give the day it came into force.") LocalDate from,
            LocalDate until,
            @Size(max = 2000, message = "Keep the note on the period in force to 2,000 characters or fewer.") String note) implements FieldRules.Checked {

        @Override
        public void check(FieldRules.Report report) {
            report.require("until", from == null || until == null || until.isAfter(from), "It must lapse after it came into force.");
        }
    }

    /** A sanctions regime, e.g. the DPRK regime of the 1718 Committee. */
    @FieldRules
    public record RegimeData(
            @NotBlank(message = "Give the regime a code.") @Pattern(regexp = "^[A-Z0-9_]+$", message = "Use capital letters, digits and _.") String code,
            @NotBlank(message = "Name the regime.")
            @Size(max = 300, message = "Keep the regime's name to 300 characters or fewer.") String name,
            @Size(max = 20000, message = "Keep the regime's description to 20,000 characters or fewer.") String description) {
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public void setVersion(long version) {
        this.version = version;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getRegimeCode() {
        return regimeCode;
    }

    public void setRegimeCode(String regimeCode) {
        this.regimeCode = regimeCode;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getVotesAbstain() {
        return votesAbstain;
    }

    public void setVotesAbstain(Integer votesAbstain) {
        this.votesAbstain = votesAbstain;
    }

    public String getVoteText() {
        return voteText;
    }

    public void setVoteText(String voteText) {
        this.voteText = voteText;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ProvisionData> getProvisions() {
        return provisions;
    }

    public void setProvisions(List<ProvisionData> provisions) {
        this.provisions = new ArrayList<>(provisions);
    }
}
