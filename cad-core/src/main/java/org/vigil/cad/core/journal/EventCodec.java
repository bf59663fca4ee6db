package org.vigil.cad.core.journal;

import static org.vigil.cad.core.journal.EventTypeCodes.CALL_ABANDONED;
import static org.vigil.cad.core.journal.EventTypeCodes.CALL_ANSWERED;
import static org.vigil.cad.core.journal.EventTypeCodes.CALL_LOCATION_UPDATED;
import static org.vigil.cad.core.journal.EventTypeCodes.CALL_OFFERED;
import static org.vigil.cad.core.journal.EventTypeCodes.CALL_RELEASED;
import static org.vigil.cad.core.journal.EventTypeCodes.CALL_TRANSFERRED;
import static org.vigil.cad.core.journal.EventTypeCodes.CALL_TEXT_ADDED;
import static org.vigil.cad.core.journal.EventTypeCodes.COMMAND_REJECTED;
import static org.vigil.cad.core.journal.EventTypeCodes.INCIDENT_CLOSED;
import static org.vigil.cad.core.journal.EventTypeCodes.INCIDENT_CREATED;
import static org.vigil.cad.core.journal.EventTypeCodes.INCIDENT_REOPENED;
import static org.vigil.cad.core.journal.EventTypeCodes.INCIDENT_STATUS_CHANGED;
import static org.vigil.cad.core.journal.EventTypeCodes.NARRATIVE_ADDED;
import static org.vigil.cad.core.journal.EventTypeCodes.UNIT_ASSIGNED;
import static org.vigil.cad.core.journal.EventTypeCodes.UNIT_POSITION_UPDATED;
import static org.vigil.cad.core.journal.EventTypeCodes.UNIT_REGISTERED;
import static org.vigil.cad.core.journal.EventTypeCodes.UNIT_STATUS_CHANGED;
import static org.vigil.cad.core.journal.EventTypeCodes.UNIT_TIMER_EXPIRED;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import net.openhft.chronicle.bytes.BytesIn;
import net.openhft.chronicle.bytes.BytesOut;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.Event.CallAbandoned;
import org.vigil.cad.core.event.Event.CallAnswered;
import org.vigil.cad.core.event.Event.CallLocationUpdated;
import org.vigil.cad.core.event.Event.CallOffered;
import org.vigil.cad.core.event.Event.CallReleased;
import org.vigil.cad.core.event.Event.CallTextAdded;
import org.vigil.cad.core.event.Event.CallTransferred;
import org.vigil.cad.core.event.Event.CommandRejected;
import org.vigil.cad.core.event.Event.IncidentClosed;
import org.vigil.cad.core.event.Event.IncidentCreated;
import org.vigil.cad.core.event.Event.IncidentReopened;
import org.vigil.cad.core.event.Event.IncidentStatusChanged;
import org.vigil.cad.core.event.Event.NarrativeAdded;
import org.vigil.cad.core.event.Event.UnitAssigned;
import org.vigil.cad.core.event.Event.UnitPositionUpdated;
import org.vigil.cad.core.event.Event.UnitRegistered;
import org.vigil.cad.core.event.Event.UnitStatusChanged;
import org.vigil.cad.core.event.Event.UnitTimerExpired;

/**
 * The journal's binary layout of one event, written straight into Chronicle's buffer so an append
 * allocates nothing. A document is: format version (1 byte), {@code atMicros} (stop bit), operator,
 * position, type code (1 byte, see {@link EventTypeCodes}), then the record's fields in declaration order.
 * Strings are UTF-8 with a stop-bit length (null kept as null), doubles their raw IEEE bits (NaN payloads
 * survive), enums their {@link EnumCodes}, a nullable location a presence byte first.
 */
public final class EventCodec {
    /** The layout this build writes and the only one it reads. */
    public static final int FORMAT_VERSION = Event.FORMAT_VERSION;
    private static final int NOT_READ = -1;

    private EventCodec() {
    }

    public static void write(BytesOut<?> out, long atMicros, String operator, String position, Event event) {
        out.writeByte((byte) FORMAT_VERSION);
        out.writeStopBit(atMicros);
        out.writeUtf8(operator);
        out.writeUtf8(position);
        // Java 17 has no pattern switch; the hot events (status, AVL) come first.
        if (event instanceof UnitStatusChanged e) {
            type(out, UNIT_STATUS_CHANGED).writeUtf8(e.unitId());
            out.writeStopBit(EnumCodes.code(e.from()));
            out.writeStopBit(EnumCodes.code(e.to()));
            out.writeUtf8(e.incidentNumber());
            writeBoolean(out, e.override());
        } else if (event instanceof UnitPositionUpdated e) {
            type(out, UNIT_POSITION_UPDATED).writeUtf8(e.unitId());
            writeDouble(out, e.latitude());
            writeDouble(out, e.longitude());
        } else if (event instanceof UnitAssigned e) {
            type(out, UNIT_ASSIGNED).writeUtf8(e.incidentNumber());
            out.writeUtf8(e.unitId());
        } else if (event instanceof IncidentStatusChanged e) {
            type(out, INCIDENT_STATUS_CHANGED).writeUtf8(e.incidentNumber());
            out.writeStopBit(EnumCodes.code(e.from()));
            out.writeStopBit(EnumCodes.code(e.to()));
        } else if (event instanceof NarrativeAdded e) {
            type(out, NARRATIVE_ADDED).writeUtf8(e.incidentNumber());
            out.writeUtf8(e.author());
            out.writeUtf8(e.text());
        } else if (event instanceof CallOffered e) {
            type(out, CALL_OFFERED).writeStopBit(e.callId());
            out.writeStopBit(EnumCodes.code(e.source()));
            out.writeUtf8(e.ani());
            out.writeUtf8(e.rebidKey());
            out.writeUtf8(e.classOfService());
            out.writeUtf8(e.callerName());
            writeLocation(out, e.location());
            writeDetails(out, e.details());
            out.writeUtf8(e.rawInput());
        } else if (event instanceof CallLocationUpdated e) {
            type(out, CALL_LOCATION_UPDATED).writeStopBit(e.callId());
            writeLocation(out, e.location());
            out.writeUtf8(e.rawInput());
        } else if (event instanceof CallTextAdded e) {
            type(out, CALL_TEXT_ADDED).writeStopBit(e.callId());
            out.writeUtf8(e.sender());
            out.writeUtf8(e.text());
        } else if (event instanceof CallAnswered e) {
            type(out, CALL_ANSWERED).writeStopBit(e.callId());
            out.writeUtf8(e.position());
        } else if (event instanceof CallAbandoned e) {
            type(out, CALL_ABANDONED).writeStopBit(e.callId());
        } else if (event instanceof CallReleased e) {
            type(out, CALL_RELEASED).writeStopBit(e.callId());
        } else if (event instanceof CallTransferred e) {
            type(out, CALL_TRANSFERRED).writeStopBit(e.callId());
            out.writeUtf8(e.agency());
        } else if (event instanceof IncidentCreated e) {
            type(out, INCIDENT_CREATED).writeUtf8(e.incidentNumber());
            out.writeStopBit(e.year());
            out.writeStopBit(e.sequence());
            out.writeStopBit(e.callId());
            out.writeUtf8(e.incidentType());
            out.writeStopBit(e.priority());
            writeLocation(out, e.location());
        } else if (event instanceof IncidentClosed e) {
            type(out, INCIDENT_CLOSED).writeUtf8(e.incidentNumber());
            out.writeUtf8(e.disposition());
        } else if (event instanceof IncidentReopened e) {
            type(out, INCIDENT_REOPENED).writeUtf8(e.incidentNumber());
        } else if (event instanceof UnitTimerExpired e) {
            type(out, UNIT_TIMER_EXPIRED).writeUtf8(e.unitId());
            out.writeStopBit(EnumCodes.code(e.status()));
            out.writeUtf8(e.incidentNumber());
            out.writeStopBit(e.limitMicros());
        } else if (event instanceof UnitRegistered e) {
            type(out, UNIT_REGISTERED).writeUtf8(e.unitId());
            out.writeUtf8(e.unitType());
            out.writeUtf8(e.agency());
            out.writeUtf8(e.station());
            writeDouble(out, e.homeLatitude());
            writeDouble(out, e.homeLongitude());
        } else if (event instanceof CommandRejected e) {
            type(out, COMMAND_REJECTED).writeUtf8(e.command());
            out.writeStopBit(EnumCodes.code(e.reason()));
            out.writeUtf8(e.detail());
            out.writeUtf8(e.rejectedSubject());
        } else {
            throw new IllegalArgumentException("no journal type code for " + event.getClass().getName());
        }
    }

    /**
     * Reads one document written by {@link #write}. Refuses, rather than guesses at, a document of another
     * format version, of an unknown type, or with bytes left over.
     *
     * @param index the document's journal index, for the audit trail and for error messages
     * @throws IllegalStateException naming the index, the version and the type when the document cannot be read
     */
    public static JournaledEvent read(BytesIn<?> in, long index) {
        int version = NOT_READ;
        int type = NOT_READ;
        try {
            version = readUnsignedByte(in);
            if (version != FORMAT_VERSION) {
                throw new IllegalStateException("unknown format version " + version
                        + ", this build reads only format version " + FORMAT_VERSION);
            }
            long atMicros = in.readStopBit();
            String operator = readString(in);
            String position = readString(in);
            type = readUnsignedByte(in);
            Event event = readBody(in, type);
            if (in.readRemaining() != 0) {
                throw new IllegalStateException(in.readRemaining() + " bytes left over after the event");
            }
            return new JournaledEvent(index, atMicros, operator, position, event);
        } catch (RuntimeException e) {
            throw new IllegalStateException("journal document at index " + index + " (format version "
                    + describe(version) + ", event type code " + describe(type) + ") refused: " + e.getMessage(), e);
        }
    }

    private static String describe(int code) {
        return code == NOT_READ ? "not read" : Integer.toString(code);
    }

    private static Event readBody(BytesIn<?> in, int type) {
        switch (type) {
            case UNIT_STATUS_CHANGED:
                return new UnitStatusChanged(readString(in), EnumCodes.unitStatus(readInt(in)),
                        EnumCodes.unitStatus(readInt(in)), readString(in), readBoolean(in));
            case UNIT_POSITION_UPDATED:
                return new UnitPositionUpdated(readString(in), readDouble(in), readDouble(in));
            case UNIT_ASSIGNED:
                return new UnitAssigned(readString(in), readString(in));
            case INCIDENT_STATUS_CHANGED:
                return new IncidentStatusChanged(readString(in), EnumCodes.incidentStatus(readInt(in)),
                        EnumCodes.incidentStatus(readInt(in)));
            case NARRATIVE_ADDED:
                return new NarrativeAdded(readString(in), readString(in), readString(in));
            case CALL_OFFERED:
                return new CallOffered(in.readStopBit(), EnumCodes.callSource(readInt(in)), readString(in),
                        readString(in), readString(in), readString(in), readLocation(in), readDetails(in),
                        readString(in));
            case CALL_LOCATION_UPDATED:
                return new CallLocationUpdated(in.readStopBit(), readLocation(in), readString(in));
            case CALL_TEXT_ADDED:
                return new CallTextAdded(in.readStopBit(), readString(in), readString(in));
            case CALL_ANSWERED:
                return new CallAnswered(in.readStopBit(), readString(in));
            case CALL_ABANDONED:
                return new CallAbandoned(in.readStopBit());
            case CALL_RELEASED:
                return new CallReleased(in.readStopBit());
            case CALL_TRANSFERRED:
                return new CallTransferred(in.readStopBit(), readString(in));
            case INCIDENT_CREATED:
                return new IncidentCreated(readString(in), readInt(in), readInt(in), in.readStopBit(), readString(in),
                        readInt(in), readLocation(in));
            case INCIDENT_CLOSED:
                return new IncidentClosed(readString(in), readString(in));
            case INCIDENT_REOPENED:
                return new IncidentReopened(readString(in));
            case UNIT_TIMER_EXPIRED:
                return new UnitTimerExpired(readString(in), EnumCodes.unitStatus(readInt(in)), readString(in),
                        in.readStopBit());
            case UNIT_REGISTERED:
                return new UnitRegistered(readString(in), readString(in), readString(in), readString(in),
                        readDouble(in), readDouble(in));
            case COMMAND_REJECTED:
                return new CommandRejected(readString(in), EnumCodes.rejectReason(readInt(in)), readString(in),
                        readString(in));
            default:
                throw new IllegalStateException("unknown event type code " + type);
        }
    }

    private static BytesOut<?> type(BytesOut<?> out, int typeCode) {
        out.writeByte((byte) typeCode);
        return out;
    }

    private static void writeLocation(BytesOut<?> out, Location location) {
        if (location == null) {
            writeBoolean(out, false);
            return;
        }
        writeBoolean(out, true);
        out.writeUtf8(location.address());
        writeDouble(out, location.latitude());
        writeDouble(out, location.longitude());
        writeDouble(out, location.uncertaintyMeters());
        out.writeStopBit(location.confidencePercent());
    }

    private static Location readLocation(BytesIn<?> in) {
        if (!readBoolean(in)) {
            return null;
        }
        return new Location(readString(in), readDouble(in), readDouble(in), readDouble(in), readInt(in));
    }

    private static void writeDetails(BytesOut<?> out, Map<String, String> details) {
        out.writeStopBit(details.size());
        if (!details.isEmpty()) {
            DETAILS_WRITER.get().writeAll(out, details);
        }
    }

    /** Writes map entries without the iterator or capturing lambda a for-each would allocate per append. */
    private static final class DetailsWriter implements BiConsumer<String, String> {
        private BytesOut<?> out;

        void writeAll(BytesOut<?> target, Map<String, String> details) {
            out = target;
            try {
                details.forEach(this);
            } finally {
                out = null;
            }
        }

        @Override
        public void accept(String name, String value) {
            out.writeUtf8(name);
            out.writeUtf8(value);
        }
    }

    private static final ThreadLocal<DetailsWriter> DETAILS_WRITER = ThreadLocal.withInitial(DetailsWriter::new);

    private static Map<String, String> readDetails(BytesIn<?> in) {
        int count = readInt(in);
        if (count < 0 || count > in.readRemaining()) {
            throw new IllegalStateException("call details count " + count + " does not fit the document");
        }
        Map<String, String> details = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            details.put(readString(in), readString(in));
        }
        return details;
    }

    /** Raw bits rather than {@code writeDouble}, so a NaN payload can never be canonicalised on the way. */
    private static void writeDouble(BytesOut<?> out, double value) {
        out.writeLong(Double.doubleToRawLongBits(value));
    }

    private static double readDouble(BytesIn<?> in) {
        return Double.longBitsToDouble(in.readLong());
    }

    private static void writeBoolean(BytesOut<?> out, boolean value) {
        out.writeByte((byte) (value ? 1 : 0));
    }

    private static boolean readBoolean(BytesIn<?> in) {
        int value = readUnsignedByte(in);
        if (value > 1) {
            throw new IllegalStateException("boolean byte " + value);
        }
        return value == 1;
    }

    /** Chronicle returns "" for a string read at the end of the buffer; a document cut short must fail instead. */
    private static String readString(BytesIn<?> in) {
        if (in.readRemaining() < 1) {
            throw new IllegalStateException("document ends where a string should start");
        }
        long start = in.readPosition();
        long length = in.readStopBit();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.readRemaining()) {
            throw new IllegalStateException("a string of " + length + " bytes where " + in.readRemaining() + " remain");
        }
        // Replay decodes millions of strings, nearly all ASCII: copy those straight into a Latin-1 string.
        // Anything else goes back to Chronicle's own decoder, which pairs with how writeUtf8 encoded it.
        byte[] ascii = scratch((int) length);
        in.read(ascii, 0, (int) length);
        for (int i = 0; i < length; i++) {
            if (ascii[i] < 0) {
                in.readPosition(start);
                return in.readUtf8();
            }
        }
        return new String(ascii, 0, (int) length, StandardCharsets.ISO_8859_1);
    }

    private static byte[] scratch(int length) {
        byte[] buffer = SCRATCH.get();
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
            SCRATCH.set(buffer);
        }
        return buffer;
    }

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[256]);

    /** Chronicle's {@code readUnsignedByte} returns -1 at the end of the buffer; {@code readByte} throws. */
    private static int readUnsignedByte(BytesIn<?> in) {
        return in.readByte() & 0xff;
    }

    private static int readInt(BytesIn<?> in) {
        return Math.toIntExact(in.readStopBit());
    }
}
