package org.vigil.cad.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.LocationVersion;
import org.vigil.cad.core.domain.NarrativeLine;
import org.vigil.cad.core.domain.TextLine;
import org.vigil.cad.core.domain.Unit;

/**
 * A 64-bit digest of the whole engine state, independent of map order, so that a replayed or
 * restored engine can be compared with the one that wrote the journal.
 */
public final class StateHash {
    private static final long PRIME = 0x100000001b3L;
    private long hash = 0xcbf29ce484222325L;

    private StateHash() {
    }

    public static long of(EngineState state) {
        StateHash h = new StateHash();
        h.add(state.nextCallId()).add(state.incidentYear()).add(state.incidentSequence()).add(state.rejectedCommands());
        List<Unit> units = new ArrayList<>(state.units());
        units.sort(Comparator.comparing(Unit::id));
        for (Unit u : units) {
            h.add(u.id()).add(u.type()).add(u.agency()).add(u.station()).add(u.homeLatitude()).add(u.homeLongitude())
                    .add(u.status().ordinal()).add(u.statusSinceMicros()).add(u.statusTimerFired() ? 1 : 0)
                    .add(u.incidentNumber()).add(u.latitude()).add(u.longitude()).add(u.positionAtMicros());
        }
        List<Incident> incidents = new ArrayList<>(state.incidents());
        incidents.sort(Comparator.comparing(Incident::number));
        for (Incident i : incidents) {
            h.add(i.number()).add(i.type()).add(i.priority()).add(i.location()).add(i.createdAtMicros())
                    .add(i.status().ordinal()).add(i.disposition());
            i.callIds().forEach(h::add);
            i.assignedUnitIds().forEach(h::add);
            for (NarrativeLine line : i.narrative()) {
                h.add(line.atMicros()).add(line.author()).add(line.text());
            }
        }
        List<Call> calls = new ArrayList<>(state.calls());
        calls.sort(Comparator.comparingLong(Call::id));
        for (Call c : calls) {
            h.add(c.id()).add(c.source().ordinal()).add(c.ani()).add(c.rebidKey()).add(c.classOfService())
                    .add(c.callerName()).add(c.offeredAtMicros()).add(c.state().ordinal()).add(c.answeringPosition())
                    .add(c.incidentNumber()).add(c.transferredTo());
            c.details().forEach((name, value) -> h.add(name).add(value));
            for (TextLine line : c.transcript()) {
                h.add(line.atMicros()).add(line.sender()).add(line.text());
            }
            for (LocationVersion v : c.locations()) {
                h.add(v.atMicros()).add(v.location());
            }
        }
        return h.hash;
    }

    private StateHash add(long value) {
        for (int i = 0; i < 8; i++) {
            hash = (hash ^ ((value >>> (i * 8)) & 0xff)) * PRIME;
        }
        return this;
    }

    private StateHash add(double value) {
        return add(Double.doubleToLongBits(value));
    }

    private StateHash add(String value) {
        if (value == null) {
            return add(-1L);
        }
        add(value.length());
        for (int i = 0; i < value.length(); i++) {
            hash = (hash ^ value.charAt(i)) * PRIME;
        }
        return this;
    }

    private StateHash add(Location location) {
        return add(location.address()).add(location.latitude()).add(location.longitude())
                .add(location.uncertaintyMeters()).add(location.confidencePercent());
    }
}
