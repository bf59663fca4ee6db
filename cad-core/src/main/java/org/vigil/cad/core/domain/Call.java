package org.vigil.cad.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One telephone session. Owned and changed only by the engine thread. */
public final class Call {
    private final long id;
    private final CallSource source;
    private final String ani;
    private final String rebidKey;
    private final String classOfService;
    private final String callerName;
    private final Map<String, String> details;
    private final long offeredAtMicros;
    private final List<LocationVersion> locations = new ArrayList<>(1);
    private final List<TextLine> transcript = new ArrayList<>(0);
    private CallState state = CallState.RINGING;
    private String answeringPosition = "";
    private String incidentNumber;
    private String transferredTo = "";

    public Call(long id, CallSource source, String ani, String rebidKey, String classOfService, String callerName,
                Map<String, String> details, long offeredAtMicros) {
        this.id = id;
        this.source = source;
        this.ani = ani;
        this.rebidKey = rebidKey;
        this.classOfService = classOfService;
        this.callerName = callerName;
        this.details = CallDetails.copyOf(details);
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

    /** pANI/ESRK or ANI that later records of the same caller carry; empty when rebids cannot be matched. */
    public String rebidKey() {
        return rebidKey;
    }

    public String classOfService() {
        return classOfService;
    }

    public String callerName() {
        return callerName;
    }

    /** Decoded telephony fields (ESN, agencies, provider, ...), in the order decoded. */
    public Map<String, String> details() {
        return details;
    }

    /** The messages of a text or TTY session, oldest first. */
    public List<TextLine> transcript() {
        return Collections.unmodifiableList(transcript);
    }

    /** Ringing or answered: the caller may still be on the line. */
    public boolean isLive() {
        return state == CallState.RINGING || state == CallState.ANSWERED;
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

    public void addText(TextLine line) {
        transcript.add(line);
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
