package org.sanctionsmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.dashboard.Dossier;
import org.sanctionsmonitor.editorial.WorkflowState;
import org.sanctionsmonitor.incident.Confidence;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.IncidentStatus;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.resolution.MeasureType;
import org.sanctionsmonitor.resolution.Verification;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StanceSide;

/**
 * What the read API answers, beyond the export records: single items with their links, in JSON with stable field
 * names. Dates carry their precision ({@code date}: "2023-10"); {@code self} is the item's address in the API,
 * {@code page} its page in the app.
 */
public final class ApiRecords {

    private ApiRecords() {
    }

    /** One page of a list: its items, and where the next page starts ({@code next} is a ready URL, null on the last page). */
    public record Page<T>(List<T> items, String nextCursor, String next) {
    }

    public record Incident(
            long id, IncidentKind kind, String title, String summary, String category, String categoryName, String date, LocalDate dateFrom,
            LocalDate dateTo, DatePrecision datePrecision, String place, BigDecimal latitude, BigDecimal longitude, IncidentStatus status,
            Confidence confidence, String notes, List<Party> parties, List<BreachedProvision> provisions, List<CitedSource> sources,
            List<StatementLine> statements,
            @JsonInclude(JsonInclude.Include.NON_NULL) WorkflowState workflowState, Instant updatedAt, String self, String page) {
    }

    public record Party(String country, String countryName, PartyRole role, String self) {
    }

    /** A provision the incident allegedly breaches, and whether it was in force on the incident's first date. */
    public record BreachedProvision(long id, int resolution, String label, String citation, String summary, Verification verification,
            String rationale, boolean inForceOnIncidentDate, String self) {
    }

    public record CitedSource(long id, String outlet, String originatingOutlet, String titleOriginal, String titleTranslation, String language,
            LocalDate publishedOn, String supportingQuote, String note, String self) {
    }

    /** A statement about an item: who said it ("Name, title; …"), for which countries, its side of the claim. */
    public record StatementLine(long id, String speakers, String countries, SaidPrecision saidPrecision, String said, LocalDate reportedOn,
            Stance stance, StanceSide side, String summary, String quoteOriginal, String quoteLanguage, String quoteTranslation, Long sourceId,
            Long incidentId) {
    }

    public record Source(SourceRecord source, List<IncidentLine> citedBy, List<StatementLine> statements, String self, String page) {
    }

    public record IncidentLine(long id, String title, String date, String self) {
    }

    public record Country(String code, String name, String self, String summary) {
    }

    /** A country's dossier: what it supplied, received and transited, with whom, which provisions, who said what. */
    public record CountrySummary(String code, String name, Dossier.CountryCounts counts, List<Dossier.RoleYear> years,
            List<Dossier.Counterpart> counterparts, List<Dossier.Provision> provisions, int allegations, int denials,
            List<Dossier.StatementLine> statements, List<Dossier.Item> latest, String page) {
    }

    public record ResolutionLine(int number, String symbol, String title, LocalDate adoptedOn, String regimeName, String voteText,
            int provisionCount, int unverifiedCount, int citingIncidentCount, String self) {
    }

    /** A provision with its periods in force; {@code inForceOn} answers for the day asked ({@code ?inForceOn=}), else today. */
    public record Provision(long id, int resolution, String label, String citation, MeasureType measureType, String summary, boolean binding,
            Verification verification, String verificationNote, List<ResolutionRecord.Period> periods, LocalDate day, boolean inForceOn,
            String self, String resolutionSelf) {
    }

    public record ProvisionWithCitations(Provision provision, List<Citation> citedBy) {
    }

    public record Citation(long incidentId, String title, String date, String rationale, boolean inForceOnIncidentDate, String self) {
    }

    /** One statement with its links: who said it (each speaker with its address), its side of the claim, where it was reported. */
    public record Statement(StatementRecord statement, StanceSide side, String countries, List<SpeakerLine> speakers, String source,
            String incident, String self, String page) {
    }

    public record SpeakerLine(long id, String name, String title, String self) {
    }

    /** A speaker and how many of their statements the caller may see claim, deny or only report, between which dates. */
    public record Speaker(long id, org.sanctionsmonitor.statement.ActorKind kind, String name, List<String> otherNames, String country,
            String countryName, String title, int allegations, int denials, int reports, LocalDate firstSaid, LocalDate lastSaid,
            String self, String statements, String page) {
    }

    /** What a search found, a group per kind (best match first); {@code count} is exact up to 1,000, else "at least". */
    public record Search(String q, List<SearchGroup> groups) {
    }

    public record SearchGroup(org.sanctionsmonitor.search.SearchKind kind, int count, boolean countIsLimit, List<SearchHit> hits) {
    }

    /** {@code title} and {@code snippet} as parts, each saying whether it matched the words (plain text, never markup). */
    public record SearchHit(org.sanctionsmonitor.search.SearchKind kind, long id, String title, List<org.sanctionsmonitor.search.Highlighted.Part> titleParts,
            String titleLanguage, List<org.sanctionsmonitor.search.Highlighted.Part> snippetParts, String snippetLanguage, String detail,
            LocalDate date, @JsonInclude(JsonInclude.Include.NON_NULL) WorkflowState workflowState, boolean machineTranslation,
            String self, String page) {
    }
}
