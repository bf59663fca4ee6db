package org.vigil.cad.core.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.Unit;

/** Everything the engine knows. Only the engine thread touches it; snapshots read it on that thread. */
public final class EngineState {
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final Map<Long, Call> calls = new HashMap<>();
    private final Map<String, Long> callsByRebidKey = new HashMap<>();
    private long nextCallId = 1;
    private int incidentYear;
    private int incidentSequence;
    private long rejectedCommands;

    public Unit unit(String id) {
        return id == null ? null : units.get(id);
    }

    public Incident incident(String number) {
        return number == null ? null : incidents.get(number);
    }

    public Call call(long id) {
        return calls.get(id);
    }

    /** The live call whose records carry this pANI/ESRK or ANI, or null. */
    public Call liveCallByRebidKey(String rebidKey) {
        if (rebidKey == null || rebidKey.isEmpty()) {
            return null;
        }
        Long id = callsByRebidKey.get(rebidKey);
        Call call = id == null ? null : calls.get(id);
        return call != null && call.isLive() ? call : null;
    }

    public Collection<Unit> units() {
        return Collections.unmodifiableCollection(units.values());
    }

    public Collection<Incident> incidents() {
        return Collections.unmodifiableCollection(incidents.values());
    }

    public Collection<Call> calls() {
        return Collections.unmodifiableCollection(calls.values());
    }

    public long nextCallId() {
        return nextCallId;
    }

    /** The year of the last incident number handed out, 0 before the first. */
    public int incidentYear() {
        return incidentYear;
    }

    public int incidentSequence() {
        return incidentSequence;
    }

    public long rejectedCommands() {
        return rejectedCommands;
    }

    public void put(Unit unit) {
        units.put(unit.id(), unit);
    }

    public void put(Incident incident) {
        incidents.put(incident.number(), incident);
    }

    public void put(Call call) {
        calls.put(call.id(), call);
        nextCallId = Math.max(nextCallId, call.id() + 1);
        if (!call.rebidKey().isEmpty() && call.isLive()) {
            callsByRebidKey.put(call.rebidKey(), call.id());
        }
    }

    /** A call that ended can no longer be rebid; the same number calling again is a new call. */
    public void ended(Call call) {
        callsByRebidKey.remove(call.rebidKey(), call.id());
    }

    public void numbered(int year, int sequence) {
        this.incidentYear = year;
        this.incidentSequence = sequence;
    }

    public void countRejection() {
        rejectedCommands++;
    }

    /** For snapshot restore only. */
    public void restoreCounters(long restoredNextCallId, int year, int sequence, long rejections) {
        this.nextCallId = restoredNextCallId;
        this.incidentYear = year;
        this.incidentSequence = sequence;
        this.rejectedCommands = rejections;
    }
}
