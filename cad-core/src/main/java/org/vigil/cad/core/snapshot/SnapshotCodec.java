package org.vigil.cad.core.snapshot;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.vigil.cad.core.engine.EngineState;

/**
 * The framed, versioned snapshot file, after Aeron's snapshot markers:
 * <pre>
 *   begin marker   8 bytes  "VIGILSNP"
 *   format version int32    {@value #FORMAT_VERSION}; everything after it may change with the version
 *   journal index  int64    the last journal index the state includes
 *   time unit      int8     {@value #TIME_UNIT_MICROS} = every time in the state is UTC epoch microseconds
 *   payload length int32
 *   payload        bytes    the engine state, see {@link EngineStateWriter}
 *   payload CRC32  int32
 *   end marker     8 bytes  "VIGILEND"
 * </pre>
 * Big-endian. Decoding refuses, with a reason, anything it cannot vouch for; it never guesses.
 */
public final class SnapshotCodec {
    public static final int FORMAT_VERSION = 1;
    public static final byte TIME_UNIT_MICROS = 1;

    private static final byte[] BEGIN_MARKER = "VIGILSNP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_MARKER = "VIGILEND".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = BEGIN_MARKER.length + Integer.BYTES + Long.BYTES + 1 + Integer.BYTES;
    private static final int TRAILER_BYTES = Integer.BYTES + END_MARKER.length;

    private SnapshotCodec() {
    }

    /** Encodes the state; call it on the engine thread, since nothing else may read the state. */
    public static byte[] encode(long journalIndex, EngineState state) {
        return frame(journalIndex, payloadOf(state));
    }

    /**
     * The state alone, unframed: taken on the engine thread between two commands, before the journal has
     * given the index of the last event it includes. {@link #frame} completes it once that index is known.
     */
    public static byte[] payloadOf(EngineState state) {
        return EngineStateWriter.payloadOf(state);
    }

    /** Frames a payload from {@link #payloadOf} as the snapshot covering the journal up to {@code journalIndex}. */
    public static byte[] frame(long journalIndex, byte[] payload) {
        ByteBuffer file = ByteBuffer.allocate(HEADER_BYTES + payload.length + TRAILER_BYTES);
        file.put(BEGIN_MARKER)
                .putInt(FORMAT_VERSION)
                .putLong(journalIndex)
                .put(TIME_UNIT_MICROS)
                .putInt(payload.length)
                .put(payload)
                .putInt(crcOf(payload, 0, payload.length))
                .put(END_MARKER);
        return file.array();
    }

    /**
     * @throws SnapshotFormatException naming why the bytes are not a snapshot this build can restore
     */
    public static Snapshot decode(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        try {
            expectMarker(in, BEGIN_MARKER, "begin");
            int version = in.getInt();
            if (version != FORMAT_VERSION) {
                throw new SnapshotFormatException("unknown snapshot format version " + version
                        + ", this build reads only version " + FORMAT_VERSION);
            }
            long journalIndex = in.getLong();
            byte timeUnit = in.get();
            if (timeUnit != TIME_UNIT_MICROS) {
                throw new SnapshotFormatException("unknown time unit marker " + timeUnit);
            }
            int payloadLength = in.getInt();
            if (payloadLength < 0 || payloadLength > in.remaining() - TRAILER_BYTES) {
                throw new SnapshotFormatException("payload length " + payloadLength + " does not fit the "
                        + file.length + "-byte file (truncated?)");
            }
            int payloadStart = in.position();
            in.position(payloadStart + payloadLength);
            int storedCrc = in.getInt();
            int actualCrc = crcOf(file, payloadStart, payloadLength);
            if (storedCrc != actualCrc) {
                throw new SnapshotFormatException("payload CRC32 is " + Integer.toHexString(actualCrc)
                        + ", the file says " + Integer.toHexString(storedCrc));
            }
            expectMarker(in, END_MARKER, "end");
            if (in.hasRemaining()) {
                throw new SnapshotFormatException(in.remaining() + " bytes after the end marker");
            }
            ByteBuffer payload = ByteBuffer.wrap(file, payloadStart, payloadLength).slice();
            return new Snapshot(journalIndex, EngineStateReader.stateOf(payload));
        } catch (BufferUnderflowException e) {
            throw new SnapshotFormatException("snapshot ends early after " + file.length + " bytes (truncated)", e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new SnapshotFormatException("snapshot payload is inconsistent: " + e.getMessage(), e);
        }
    }

    private static void expectMarker(ByteBuffer in, byte[] marker, String which) {
        byte[] found = new byte[marker.length];
        in.get(found);
        if (!Arrays.equals(found, marker)) {
            throw new SnapshotFormatException("no snapshot " + which + " marker");
        }
    }

    private static int crcOf(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
