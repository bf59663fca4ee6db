package org.vigil.cad.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One telephone session. Owned and changed only by the engine thread. */
public final class Call {
    private final long id;
    private final CallSource source;
    private final String ani;
    private final String classOfService;
    private final long offeredAtMicros;
    private final List<LocationVersion> locations = new ArrayList<>(1);
    private CallState state = CallState.RINGING;
    private String answeringPosition = "";
    private String incidentNumber;
    private String transferredTo = "";

    public Call(long id, CallSource source, String ani, String classOfService, long offeredAtMicros) {
        this.id = id;
        this.source = source;
        this.ani = ani;
        this.classOfService = classOfService;
        this.offeredAtMicros = offeredAtMicros;
    }

    public long id() {
        return id;
    }

    public CallSource source() {
        return source;
    }

    public String ani() {
        return ani;
    }

    public String classOfService() {
        return classOfService;
    }

    public long offeredAtMicros() {
        return offeredAtMicros;
    }

    public CallState state() {
        return state;
    }

    public String answeringPosition() {
        return answeringPosition;
    }

    /** The incident this call was entered as or attached to, or null. */
    public String incidentNumber() {
        return incidentNumber;
    }

    public String transferredTo() {
        return transferredTo;
    }

    /** Every location received for the call, oldest first; each rebid adds one. */
    public List<LocationVersion> locations() {
        return Collections.unmodifiableList(locations);
    }

    public Location currentLocation() {
        return locations.isEmpty() ? Location.UNKNOWN : locations.get(locations.size() - 1).location();
    }

    public void addLocation(LocationVersion version) {
        locations.add(version);
    }

    public void answer(String position) {
        this.state = CallState.ANSWERED;
        this.answeringPosition = position;
    }

    public void end(CallState endState) {
        this.state = endState;
    }

    public void transferTo(String agency) {
        this.state = CallState.TRANSFERRED;
        this.transferredTo = agency;
    }

    public void linkIncident(String number) {
        this.incidentNumber = number;
    }

    public void restore(CallState restoredState, String position, String incident, String transferAgency) {
        this.state = restoredState;
        this.answeringPosition = position;
        this.incidentNumber = incident;
        this.transferredTo = transferAgency;
    }
}
