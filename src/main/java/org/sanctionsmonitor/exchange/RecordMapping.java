package org.sanctionsmonitor.exchange;

import java.util.List;
import java.util.Map;
import org.sanctionsmonitor.base.Labels;
import org.sanctionsmonitor.incident.IncidentData;
import org.sanctionsmonitor.resolution.ResolutionData;
import org.sanctionsmonitor.source.SourceData;
import org.sanctionsmonitor.statement.StatementData;

/**
 * Between the records of the export format and the form data the services save: the same fields, with links named by
 * their keys (web address, resolution and label, speaker name and country) instead of this database's ids.
 */
final class RecordMapping {

    private RecordMapping() {
    }

    static SourceData toData(SourceRecord record) {
        SourceData data = new SourceData();
        data.setType(record.type());
        data.setOutlet(record.outlet());
        data.setOriginatingOutlet(record.originatingOutlet());
        data.setStateMediaOf(record.stateMediaOf());
        data.setOrigin(record.origin());
        data.setUrl(record.url());
        data.setLanguage(record.language());
        data.setPublishedOn(record.publishedOn());
        data.setRetrievedOn(record.retrievedOn());
        data.setTitleOriginal(record.titleOriginal());
        data.setTitleTranslation(record.titleTranslation());
        data.setExcerptOriginal(record.excerptOriginal());
        data.setExcerptTranslation(record.excerptTranslation());
        data.setTranslatedBy(record.translatedBy());
        data.setTranslationMethod(record.translationMethod());
        data.setTranslatedOn(record.translatedOn());
        data.setTranslationReviewedBy(record.translationReviewedBy());
        data.setTranslationReviewedOn(record.translationReviewedOn());
        data.setArchivedUrl(record.archivedUrl());
        data.setReliability(record.reliability());
        data.setNotes(record.notes());
        return data;
    }

    static SourceRecord fromData(SourceData data) {
        return new SourceRecord(null, data.getType(), data.getOutlet(), data.getOriginatingOutlet(), data.getStateMediaOf(), data.getOrigin(),
                data.getUrl(), data.getLanguage(), data.getPublishedOn(), data.getRetrievedOn(), data.getTitleOriginal(),
                data.getTitleTranslation(), data.getExcerptOriginal(), data.getExcerptTranslation(), data.getTranslatedBy(),
                data.getTranslationMethod(), data.getTranslatedOn(), data.getTranslationReviewedBy(), data.getTranslationReviewedOn(),
                data.getArchivedUrl(),
                data.getReliability(), data.getNotes(), null, null, null, null);
    }

    /** A pending revision's content in the export's terms: its sources by address, its provisions by resolution and label. */
    static IncidentRecord fromData(IncidentData data, Map<Long, String> sourceUrls, Map<Long, IncidentRecord.Provision> provisions) {
        return new IncidentRecord(null, data.getKind(), blankToNull(data.getTitle()), blankToNull(data.getSummary()), data.getCategory(),
                IsoDates.format(data.getDateFrom(), data.getDateTo(), data.getDatePrecision()), data.getDateFrom(), data.getDateTo(),
                data.getDatePrecision(), blankToNull(data.getPlace()), data.getLatitude(), data.getLongitude(), data.getStatus(),
                data.getConfidence(), blankToNull(data.getNotes()),
                data.getParties().stream().map(p -> new IncidentRecord.Party(p.countryCode(), p.role()))
                        .sorted(java.util.Comparator.comparing((IncidentRecord.Party p) -> p.role().ordinal()).thenComparing(IncidentRecord.Party::country))
                        .toList(),
                data.getProvisions().stream().map(p -> {
                    IncidentRecord.Provision key = provisions.get(p.provisionId());
                    return new IncidentRecord.Provision(key.resolution(), key.label(), key.citation(), p.rationale());
                }).sorted(java.util.Comparator.comparing(IncidentRecord.Provision::resolution).thenComparing(IncidentRecord.Provision::label))
                        .toList(),
                data.getSources().stream().map(s -> new IncidentRecord.CitedSource(sourceUrls.get(s.sourceId()), blankToNull(s.supportingQuote()),
                        blankToNull(s.note()))).sorted(java.util.Comparator.comparing(IncidentRecord.CitedSource::url)).toList(),
                null, null, null, null);
    }

    static StatementRecord fromData(StatementData data, Map<Long, ExchangeDocument.ActorRecord> actors, Map<Long, String> sourceUrls) {
        List<StatementRecord.Speaker> speakers = data.getSpeakers().stream().map(option -> {
            ExchangeDocument.ActorRecord actor = actors.get(option.id());
            return new StatementRecord.Speaker(actor.name(), actor.country(), actor.kind(), actor.title(), actor.otherNames());
        }).sorted(java.util.Comparator.comparing((StatementRecord.Speaker s) -> s.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(StatementRecord.Speaker::country, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
        return new StatementRecord(null, speakers, data.getSignatories().stream().sorted().toList(), data.getSaidPrecision(),
                data.getSaidOn() == null ? null : ExportQueries.said(data.getSaidPrecision(), data.getSaidOn()), data.getSaidOn(),
                data.getReportedOn(), data.getStance(), blankToNull(data.getSummary()), blankToNull(data.getQuoteOriginal()),
                blankToNull(data.getQuoteLanguage()), blankToNull(data.getQuoteTranslation()), blankToNull(data.getTranslatedBy()),
                data.getTranslationMethod(), data.getTranslatedOn(), blankToNull(data.getTranslationReviewedBy()),
                data.getTranslationReviewedOn(), blankToNull(data.getAttributionNote()),
                data.getSourceId() == null ? null : sourceUrls.get(data.getSourceId()), data.getIncidentId(), null, null, null, null);
    }

    static ResolutionData toData(ResolutionRecord record) {
        ResolutionData data = new ResolutionData();
        data.setNumber(record.number());
        data.setRegimeCode(record.regime());
        data.setAdoptedOn(record.adoptedOn());
        data.setMeeting(record.meeting());
        data.setVotesFor(record.votesFor());
        data.setVotesAgainst(record.votesAgainst());
        data.setVotesAbstain(record.votesAbstain());
        data.setVoteText(record.voteText());
        data.setTitle(record.title());
        data.setSummary(record.summary());
        data.setUrl(record.url());
        data.setNotes(record.notes());
        data.setProvisions(record.provisions() == null ? List.of() : record.provisions().stream()
                .map(p -> new ResolutionData.ProvisionData(null, p.label(), p.measureType(), p.summary(), p.binding(), p.verification(),
                        p.verificationNote(), p.periods() == null ? List.of() : p.periods().stream()
                                .map(period -> new ResolutionData.PeriodData(period.from(), period.until(), period.note())).toList()))
                .toList());
        return data;
    }

    static ResolutionRecord fromData(ResolutionData data) {
        return new ResolutionRecord(data.getNumber(), Labels.resolution(data.getNumber(), data.getAdoptedOn()), data.getRegimeCode(),
                data.getAdoptedOn(), blankToNull(data.getMeeting()), data.getVotesFor(), data.getVotesAgainst(), data.getVotesAbstain(),
                blankToNull(data.getVoteText()), blankToNull(data.getTitle()), blankToNull(data.getSummary()), blankToNull(data.getUrl()),
                blankToNull(data.getNotes()),
                data.getProvisions().stream().map(p -> new ResolutionRecord.ProvisionRecord(null, p.label(),
                        Labels.provision(data.getNumber(), data.getAdoptedOn(), p.label()), p.measureType(), p.summary(), p.binding(),
                        p.verification(), blankToNull(p.verificationNote()), p.periods() == null ? List.of() : p.periods().stream()
                                .sorted(java.util.Comparator.comparing(ResolutionData.PeriodData::from))
                                .map(period -> new ResolutionRecord.Period(period.from(), period.until(), blankToNull(period.note()))).toList()))
                        .toList(),
                null, null, null);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
