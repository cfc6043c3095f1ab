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
import java.util.List;
import org.sanctionsmonitor.base.FieldRules;

/** A resolution with its provisions and their periods in force, as it is entered; validated by the service. */
@FieldRules
public record ResolutionData(
        @NotNull(message = "Give the resolution's number.") @Positive(message = "A resolution number is positive.") Integer number,
        @NotBlank(message = "Choose the sanctions regime.") String regimeCode,
        @NotNull(message = "Give the date it was adopted.") LocalDate adoptedOn,
        @Size(max = 300, message = "Keep the meeting to 300 characters or fewer.") String meeting,
        @Min(value = 0, message = "Votes lie between 0 and 15.") @Max(value = 15, message = "Votes lie between 0 and 15.") Integer votesFor,
        @Min(value = 0, message = "Votes lie between 0 and 15.") @Max(value = 15, message = "Votes lie between 0 and 15.") Integer votesAgainst,
        @Min(value = 0, message = "Votes lie between 0 and 15.") @Max(value = 15, message = "Votes lie between 0 and 15.") Integer votesAbstain,
        @Size(max = 300, message = "Keep the vote to 300 characters or fewer.") String voteText,
        @NotBlank(message = "Give the resolution's title.")
        @Size(max = 500, message = "Keep the resolution's title to 500 characters or fewer.") String title,
        @Size(max = 20000, message = "Keep the resolution's summary to 20,000 characters or fewer.") String summary,
        @Pattern(regexp = "^$|^https?://\\S+$", message = "Give a web address starting with http:// or https://.") String url,
        @Size(max = 20000, message = "Keep the editors' notes to 20,000 characters or fewer.") String notes,
        @Valid List<ProvisionData> provisions) implements FieldRules.Checked {

    @Override
    public void check(FieldRules.Report report) {
        int votes = (votesFor == null ? 0 : votesFor) + (votesAgainst == null ? 0 : votesAgainst) + (votesAbstain == null ? 0 : votesAbstain);
        report.require("votesFor", votes <= 15, "The Security Council has 15 members: the votes add up to at most 15.");
        report.require("provisions", provisions == null
                || provisions.size() == provisions.stream().map(ProvisionData::label).distinct().count(),
                "Each paragraph label can be used only once in a resolution.");
    }

    /** One paragraph of the resolution. */
    @FieldRules
    public record ProvisionData(
            @NotBlank(message = "Give the paragraph's label, e.g. OP8(b).")
            @Size(max = 100, message = "Keep the paragraph's label to 100 characters or fewer.") String label,
            @NotNull(message = "Choose the kind of measure.") MeasureType measureType,
            @NotBlank(message = "Summarise the paragraph.")
            @Size(max = 20000, message = "Keep the paragraph's summary to 20,000 characters or fewer.") String summary,
            boolean binding,
            @NotNull(message = "Say whether the paragraph was verified.") Verification verification,
            @Size(max = 20000, message = "Keep the verification note to 20,000 characters or fewer.") String verificationNote,
            @Valid List<PeriodData> periods) implements FieldRules.Checked {

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
    public record RegimeData(
            @NotBlank(message = "Give the regime a code.") @Pattern(regexp = "^[A-Z0-9_]+$", message = "Use capital letters, digits and _.") String code,
            @NotBlank(message = "Name the regime.")
            @Size(max = 300, message = "Keep the regime's name to 300 characters or fewer.") String name,
            @Size(max = 20000, message = "Keep the regime's description to 20,000 characters or fewer.") String description) {
    }
}
