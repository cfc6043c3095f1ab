package org.sanctionsmonitor.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The shipped demo dataset ({@code demo/demo-dataset.json}), transformed from public reporting collected for the
 * project: UN resolutions with their arms provisions, and 30 reported items (2022–2025) on DPRK→Russia and
 * Iran→Russia transfers with their sources, claims and denials. Enumerations are names of the domain enums.
 */
record DemoDataset(
        List<Regime> regimes, List<Resolution> resolutions, List<Actor> actors, List<Source> sources,
        List<Incident> incidents, List<Statement> statements, String seedSourceKey) {

    record Regime(String code, String name, String description) {
    }

    record Resolution(
            int number, String regime, LocalDate adoptedOn, String meeting, Integer votesFor, Integer votesAgainst,
            Integer votesAbstain, String voteText, String title, String summary, String url, String notes,
            List<Provision> provisions) {
    }

    record Provision(
            String label, String measureType, String summary, boolean binding, String verification,
            String verificationNote, List<Period> periods) {
    }

    record Period(LocalDate from, LocalDate until, String note) {
    }

    record Actor(String key, String name, String kind, String country, String title, String notes, List<String> otherNames) {
    }

    record Source(
            String key, String type, String outlet, String originatingOutlet, String url, String language,
            LocalDate publishedOn, String titleOriginal, String titleTranslation, String excerptOriginal,
            String excerptTranslation, String translatedBy, String translationMethod, String archivedUrl,
            String reliability, String notes, String stateMediaOf, String origin) {
    }

    record Incident(
            String key, String kind, String title, String summary, String category, LocalDate dateFrom, LocalDate dateTo,
            String precision, String place, String status, String confidence, String notes,
            List<Party> parties, List<ProvisionRef> provisions, List<SourceRef> sources) {
    }

    record Party(String country, String role) {
    }

    record ProvisionRef(int resolution, String label, String rationale) {
    }

    record SourceRef(String source, String quote, String note) {
    }

    record Statement(
            String speaker, String country, LocalDate saidOn, String stance, String summary, String quoteOriginal,
            String quoteLanguage, String quoteTranslation, String source, String incident, String attributionNote,
            String translatedBy, String translationMethod) {
    }
}
