package org.sanctionsmonitor.incident;

import java.time.LocalDate;
import java.util.List;

/** A valid incident as an editor would enter it; tests change one thing at a time. */
public final class IncidentTestData {

    private IncidentTestData() {
    }

    public static IncidentData valid() {
        IncidentData data = new IncidentData();
        data.setTitle("Rail shipment of shells reported at Tumangang");
        data.setCategory("ARTILLERY_AMMUNITION");
        data.setDateFrom(LocalDate.of(2025, 11, 3));
        data.setDateTo(LocalDate.of(2025, 11, 4));
        data.setParties(List.of(new IncidentData.PartyData("KP", PartyRole.SUPPLIER), new IncidentData.PartyData("RU", PartyRole.RECIPIENT)));
        return data;
    }
}
