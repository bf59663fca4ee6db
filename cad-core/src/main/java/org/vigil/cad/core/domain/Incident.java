package org.vigil.cad.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An incident. Owned and changed only by the engine thread. */
public final class Incident {
    private final String number;
    private final String type;
    private final int priority;
    private final Location location;
    private final long createdAtMicros;
    private final List<Long> callIds = new ArrayList<>(1);
    private final List<String> assignedUnitIds = new ArrayList<>(2);
    private final List<NarrativeLine> narrative = new ArrayList<>(2);
    private IncidentStatus status = IncidentStatus.PENDING;
    private String disposition = "";

    public Incident(String number, String type, int priority, Location location, long createdAtMicros) {
        this.number = number;
        this.type = type;
        this.priority = priority;
        this.location = location;
        this.createdAtMicros = createdAtMicros;
    }

    public String number() {
        return number;
    }

    public String type() {
        return type;
    }

    public int priority() {
        return priority;
    }

    public Location location() {
        return location;
    }

    public long createdAtMicros() {
        return createdAtMicros;
    }

    public IncidentStatus status() {
        return status;
    }

    public String disposition() {
        return disposition;
    }

    public List<Long> callIds() {
        return Collections.unmodifiableList(callIds);
    }

    /** Units currently working the incident, in the order they were assigned. */
    public List<String> assignedUnitIds() {
        return Collections.unmodifiableList(assignedUnitIds);
    }

    public List<NarrativeLine> narrative() {
        return Collections.unmodifiableList(narrative);
    }

    public void linkCall(long callId) {
        callIds.add(callId);
    }

    public void assign(String unitId) {
        assignedUnitIds.add(unitId);
    }

    public void release(String unitId) {
        assignedUnitIds.remove(unitId);
    }

    public void addNarrative(NarrativeLine line) {
        narrative.add(line);
    }

    public void moveTo(IncidentStatus newStatus) {
        this.status = newStatus;
    }

    public void close(String finalDisposition) {
        this.status = IncidentStatus.CLOSED;
        this.disposition = finalDisposition;
    }

    public void reopen() {
        this.status = IncidentStatus.REOPENED;
        this.disposition = "";
    }
}
