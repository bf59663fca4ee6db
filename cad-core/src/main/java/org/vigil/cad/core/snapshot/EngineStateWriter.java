package org.vigil.cad.core.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.TextLine;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.LocationVersion;
import org.vigil.cad.core.domain.NarrativeLine;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.journal.EnumCodes;

/**
 * Writes the snapshot payload: counters, then units and incidents in the state's own iteration order, so a
 * restored engine walks them (e.g. for timers) in the same order as the original, then calls by id.
 * Big-endian; doubles as raw bits; a string as its UTF-8 length (-1 for null) and bytes; enums as
 * {@link EnumCodes}. {@link EngineStateReader} reads the same layout.
 */
final class EngineStateWriter {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private final DataOutputStream out = new DataOutputStream(buffer);

    static byte[] payloadOf(EngineState state) {
        EngineStateWriter writer = new EngineStateWriter();
        try {
            writer.write(state);
            writer.out.flush();
        } catch (IOException e) {
            // A byte array stream never fails; this only satisfies DataOutput's signature.
            throw new UncheckedIOException(e);
        }
        return writer.buffer.toByteArray();
    }

    private void write(EngineState state) throws IOException {
        out.writeLong(state.nextCallId());
        out.writeInt(state.incidentYear());
        out.writeInt(state.incidentSequence());
        out.writeLong(state.rejectedCommands());
        out.writeInt(state.units().size());
        for (Unit unit : state.units()) {
            writeUnit(unit);
        }
        out.writeInt(state.incidents().size());
        for (Incident incident : state.incidents()) {
            writeIncident(incident);
        }
        // Calls were put in id order; writing them so rebuilds the same hash map, collisions included.
        List<Call> calls = new ArrayList<>(state.calls());
        calls.sort(Comparator.comparingLong(Call::id));
        out.writeInt(calls.size());
        for (Call call : calls) {
            writeCall(call);
        }
    }

    private void writeUnit(Unit unit) throws IOException {
        writeString(unit.id());
        writeString(unit.type());
        writeString(unit.agency());
        writeString(unit.station());
        writeDouble(unit.homeLatitude());
        writeDouble(unit.homeLongitude());
        out.writeByte(EnumCodes.code(unit.status()));
        out.writeLong(unit.statusSinceMicros());
        out.writeBoolean(unit.statusTimerFired());
        writeString(unit.incidentNumber());
        writeDouble(unit.latitude());
        writeDouble(unit.longitude());
        out.writeLong(unit.positionAtMicros());
    }

    private void writeIncident(Incident incident) throws IOException {
        writeString(incident.number());
        writeString(incident.type());
        out.writeInt(incident.priority());
        writeLocation(incident.location());
        out.writeLong(incident.createdAtMicros());
        List<Long> callIds = incident.callIds();
        out.writeInt(callIds.size());
        for (long callId : callIds) {
            out.writeLong(callId);
        }
        List<String> units = incident.assignedUnitIds();
        out.writeInt(units.size());
        for (String unitId : units) {
            writeString(unitId);
        }
        List<NarrativeLine> narrative = incident.narrative();
        out.writeInt(narrative.size());
        for (NarrativeLine line : narrative) {
            out.writeLong(line.atMicros());
            writeString(line.author());
            writeString(line.text());
        }
        out.writeByte(EnumCodes.code(incident.status()));
        writeString(incident.disposition());
    }

    private void writeCall(Call call) throws IOException {
        out.writeLong(call.id());
        out.writeByte(EnumCodes.code(call.source()));
        writeString(call.ani());
        writeString(call.rebidKey());
        writeString(call.classOfService());
        writeString(call.callerName());
        out.writeInt(call.details().size());
        for (Map.Entry<String, String> field : call.details().entrySet()) {
            writeString(field.getKey());
            writeString(field.getValue());
        }
        out.writeLong(call.offeredAtMicros());
        List<LocationVersion> locations = call.locations();
        out.writeInt(locations.size());
        for (LocationVersion version : locations) {
            out.writeLong(version.atMicros());
            writeLocation(version.location());
        }
        out.writeInt(call.transcript().size());
        for (TextLine line : call.transcript()) {
            out.writeLong(line.atMicros());
            writeString(line.sender());
            writeString(line.text());
        }
        out.writeByte(EnumCodes.code(call.state()));
        writeString(call.answeringPosition());
        writeString(call.incidentNumber());
        writeString(call.transferredTo());
    }

    private void writeLocation(Location location) throws IOException {
        out.writeBoolean(location != null);
        if (location != null) {
            writeString(location.address());
            writeDouble(location.latitude());
            writeDouble(location.longitude());
            writeDouble(location.uncertaintyMeters());
            out.writeInt(location.confidencePercent());
        }
    }

    private void writeDouble(double value) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(value));
    }

    private void writeString(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
