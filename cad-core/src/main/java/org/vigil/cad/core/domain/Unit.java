package org.vigil.cad.core.domain;

/** A unit on the board. Owned and changed only by the engine thread. */
public final class Unit {
    private final String id;
    private final String type;
    private final String agency;
    private final String station;
    private final double homeLatitude;
    private final double homeLongitude;
    private UnitStatus status = UnitStatus.AVAILABLE;
    private long statusSinceMicros;
    private boolean statusTimerFired;
    private String incidentNumber;
    private double latitude = Double.NaN;
    private double longitude = Double.NaN;
    private long positionAtMicros = Long.MIN_VALUE;

    public Unit(String id, String type, String agency, String station, double homeLatitude, double homeLongitude,
                long registeredAtMicros) {
        this.id = id;
        this.type = type;
        this.agency = agency;
        this.station = station;
        this.homeLatitude = homeLatitude;
        this.homeLongitude = homeLongitude;
        this.statusSinceMicros = registeredAtMicros;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String agency() {
        return agency;
    }

    public String station() {
        return station;
    }

    public double homeLatitude() {
        return homeLatitude;
    }

    public double homeLongitude() {
        return homeLongitude;
    }

    public UnitStatus status() {
        return status;
    }

    public long statusSinceMicros() {
        return statusSinceMicros;
    }

    public boolean statusTimerFired() {
        return statusTimerFired;
    }

    /** The incident the unit works, or null when it has none. */
    public String incidentNumber() {
        return incidentNumber;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    /** When the last AVL position arrived, or {@link Long#MIN_VALUE} when none has. */
    public long positionAtMicros() {
        return positionAtMicros;
    }

    public void moveTo(UnitStatus newStatus, String newIncidentNumber, long atMicros) {
        this.status = newStatus;
        this.incidentNumber = newIncidentNumber;
        this.statusSinceMicros = atMicros;
        this.statusTimerFired = false;
    }

    public void markStatusTimerFired() {
        this.statusTimerFired = true;
    }

    public void restoreStatus(UnitStatus restoredStatus, String restoredIncident, long sinceMicros, boolean timerFired) {
        this.status = restoredStatus;
        this.incidentNumber = restoredIncident;
        this.statusSinceMicros = sinceMicros;
        this.statusTimerFired = timerFired;
    }

    public void reportPosition(double newLatitude, double newLongitude, long atMicros) {
        this.latitude = newLatitude;
        this.longitude = newLongitude;
        this.positionAtMicros = atMicros;
    }
}
