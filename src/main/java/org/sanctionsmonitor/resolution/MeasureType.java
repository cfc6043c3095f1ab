package org.sanctionsmonitor.resolution;

/** What a provision requires of states. */
public enum MeasureType {
    ARMS_SUPPLY_BAN("Ban on supplying arms to the state"),
    ARMS_PROCUREMENT_BAN("Ban on procuring arms from the state"),
    MISSILE_UAV_RESTRICTION("Missile and UAV restriction"),
    ASSET_FREEZE("Asset freeze"),
    TRAVEL_BAN("Travel ban"),
    CARGO_INSPECTION("Cargo inspection"),
    SERVICES_BAN("Ban on related services"),
    MONITORING("Monitoring"),
    SNAPBACK("Snapback"),
    OTHER("Other");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
