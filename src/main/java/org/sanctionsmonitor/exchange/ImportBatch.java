package org.sanctionsmonitor.exchange;

import java.util.ArrayList;
import java.util.List;

/** Everything read from the files of one import, before any check against the database. */
final class ImportBatch {

    final List<String> files = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final List<Located<ExchangeDocument.CategoryRecord>> categories = new ArrayList<>();
    final List<Located<ExchangeDocument.RegimeRecord>> regimes = new ArrayList<>();
    final List<Located<ResolutionRecord>> resolutions = new ArrayList<>();
    final List<Located<ExchangeDocument.ActorRecord>> actors = new ArrayList<>();
    final List<Located<SourceRecord>> sources = new ArrayList<>();
    final List<Located<IncidentRecord>> incidents = new ArrayList<>();
    final List<Located<StatementRecord>> statements = new ArrayList<>();

    int items() {
        return categories.size() + regimes.size() + resolutions.size() + actors.size() + sources.size() + incidents.size() + statements.size();
    }
}
