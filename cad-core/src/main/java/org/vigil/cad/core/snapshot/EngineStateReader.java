package org.vigil.cad.core.snapshot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.TextLine;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.LocationVersion;
import org.vigil.cad.core.domain.NarrativeLine;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.journal.EnumCodes;

/**
 * Rebuilds an {@link EngineState} from the payload {@link EngineStateWriter} wrote, through the domain
 * classes' public constructors and methods only, so a restored object is one the engine could have built.
 * Any inconsistency throws; the caller turns it into a refused snapshot.
 */
final class EngineStateReader {
    private final ByteBuffer in;

    private EngineStateReader(ByteBuffer payload) {
        this.in = payload;
    }

    static EngineState stateOf(ByteBuffer payload) {
        EngineStateReader reader = new EngineStateReader(payload);
        EngineState state = reader.read();
        if (payload.hasRemaining()) {
            throw new SnapshotFormatException(payload.remaining() + " payload bytes left over after the state");
        }
        return state;
    }

    private EngineState read() {
        EngineState state = new EngineState();
        long nextCallId = in.getLong();
        int incidentYear = in.getInt();
        int incidentSequence = in.getInt();
        long rejectedCommands = in.getLong();
        for (int i = count(); i > 0; i--) {
            state.put(readUnit());
        }
        for (int i = count(); i > 0; i--) {
            state.put(readIncident());
        }
        for (int i = count(); i > 0; i--) {
            state.put(readCall());
        }
        // Last: putting a call moves nextCallId on, and the snapshot's own value must win.
        state.restoreCounters(nextCallId, incidentYear, incidentSequence, rejectedCommands);
        return state;
    }

    private Unit readUnit() {
        String id = readString();
        String type = readString();
        String agency = readString();
        String station = readString();
        double homeLatitude = readDouble();
        double homeLongitude = readDouble();
        UnitStatus status = EnumCodes.unitStatus(in.get());
        long statusSinceMicros = in.getLong();
        boolean timerFired = readBoolean();
        String incidentNumber = readString();
        double latitude = readDouble();
        double longitude = readDouble();
        long positionAtMicros = in.getLong();
        Unit unit = new Unit(id, type, agency, station, homeLatitude, homeLongitude, statusSinceMicros);
        unit.restoreStatus(status, incidentNumber, statusSinceMicros, timerFired);
        unit.reportPosition(latitude, longitude, positionAtMicros);
        return unit;
    }

    private Incident readIncident() {
        String number = readString();
        String type = readString();
        int priority = in.getInt();
        Location location = readLocation();
        long createdAtMicros = in.getLong();
        Incident incident = new Incident(number, type, priority, location, createdAtMicros);
        for (int i = count(); i > 0; i--) {
            incident.linkCall(in.getLong());
        }
        for (int i = count(); i > 0; i--) {
            incident.assign(readString());
        }
        for (int i = count(); i > 0; i--) {
            incident.addNarrative(new NarrativeLine(in.getLong(), readString(), readString()));
        }
        IncidentStatus status = EnumCodes.incidentStatus(in.get());
        String disposition = readString();
        // close() is the only way to set a disposition; moveTo() then sets the status it had.
        if (status == IncidentStatus.CLOSED || !"".equals(disposition)) {
            incident.close(disposition);
        }
        incident.moveTo(status);
        return incident;
    }

    private Call readCall() {
        long id = in.getLong();
        CallSource source = EnumCodes.callSource(in.get());
        String ani = readString();
        String rebidKey = readString();
        String classOfService = readString();
        String callerName = readString();
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            details.put(readString(), readString());
        }
        Call call = new Call(id, source, ani, rebidKey, classOfService, callerName, details, in.getLong());
        for (int i = count(); i > 0; i--) {
            call.addLocation(new LocationVersion(in.getLong(), readLocation()));
        }
        for (int i = count(); i > 0; i--) {
            call.addText(new TextLine(in.getLong(), readString(), readString()));
        }
        CallState state = EnumCodes.callState(in.get());
        call.restore(state, readString(), readString(), readString());
        return call;
    }

    private Location readLocation() {
        if (!readBoolean()) {
            return null;
        }
        return new Location(readString(), readDouble(), readDouble(), readDouble(), in.getInt());
    }

    private int count() {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new SnapshotFormatException("impossible element count " + count);
        }
        return count;
    }

    private double readDouble() {
        return Double.longBitsToDouble(in.getLong());
    }

    private boolean readBoolean() {
        byte value = in.get();
        if (value != 0 && value != 1) {
            throw new SnapshotFormatException("boolean byte " + value);
        }
        return value == 1;
    }

    private String readString() {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new SnapshotFormatException("impossible string length " + length);
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }
}
