package org.sanctionsmonitor.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.sanctionsmonitor.base.DatePrecision;
import org.sanctionsmonitor.incident.IncidentKind;
import org.sanctionsmonitor.incident.PartyRole;
import org.sanctionsmonitor.statement.SaidPrecision;
import org.sanctionsmonitor.statement.Stance;
import org.sanctionsmonitor.statement.StanceSide;

/** The read models of the country pages. Every figure counts published items only. */
public final class Dossier {

    private Dossier() {
    }

    /** A country with the number of published incidents in which it is a party in each role, and in any role. */
    public record CountryCounts(String code, String name, int supplier, int recipient, int transit, int total) {
    }

    /** Published incidents in which the country has this role and whose date range touches this year. */
    public record RoleYear(int year, PartyRole role, int incidents) {
    }

    /** Another country that is a party to the same published incidents. */
    public record Counterpart(String code, String name, int incidents) {
    }

    /** A provision cited by published incidents involving the country. */
    public record Provision(long provisionId, int resolutionNumber, String label, int incidents) {
    }

    /** A published statement by an official of the country. */
    public record StatementLine(long id, SaidPrecision saidPrecision, LocalDate saidOn, LocalDate reportedOn, Stance stance,
            StanceSide side, String speaker, String summary, Long incidentId, String incidentTitle) {

        public String dateText() {
            return saidPrecision.format(saidOn, reportedOn);
        }
    }

    public record Item(long id, IncidentKind kind, String title, LocalDate dateFrom, LocalDate dateTo, DatePrecision datePrecision) {
    }

    public record Data(CountryCounts counts, List<RoleYear> years, List<Counterpart> counterparts, List<Provision> provisions,
            int allegations, int denials, List<StatementLine> statements, List<Item> latest) {
    }
}
