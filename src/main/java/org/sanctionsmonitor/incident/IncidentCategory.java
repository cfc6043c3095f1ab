package org.sanctionsmonitor.incident;

public enum IncidentCategory {
    ARTILLERY_AMMUNITION("Artillery ammunition"), BALLISTIC_MISSILES("Ballistic missiles"), DRONES("Drones"), TROOPS("Troops"), SHIPPING("Shipping and ports"), OTHER_MATERIEL("Other materiel"), DIPLOMATIC("Diplomatic event"), UN_ACTION("UN action");

    private final String label;

    IncidentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
