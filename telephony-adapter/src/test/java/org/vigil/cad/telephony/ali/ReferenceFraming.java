package org.vigil.cad.telephony.ali;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A deliberately simple, byte-at-a-time statement of the framing rules, to check {@link AliFrameDecoder}
 * against: what frames a stream holds, and which bytes fall outside them.
 */
final class ReferenceFraming {
    final List<Object> frames = new ArrayList<>();
    final ByteArrayOutputStream stray = new ByteArrayOutputStream();

    private ReferenceFraming() {
    }

    static ReferenceFraming of(byte[] stream, int maxFrameBytes, boolean connectionClosesAtEnd) {
        ReferenceFraming result = new ReferenceFraming();
        ByteArrayOutputStream frame = null;
        boolean skippingOversized = false;
        for (byte b : stream) {
            if (skippingOversized) {
                if (b == AliBytes.STX) {
                    skippingOversized = false;
                    frame = new ByteArrayOutputStream();
                } else if (b == AliBytes.ETX) {
                    skippingOversized = false;
                } else {
                    result.stray.write(b);
                }
            } else if (frame == null) {
                if (b == AliBytes.STX) {
                    frame = new ByteArrayOutputStream();
                } else {
                    result.stray.write(b);
                }
            } else if (b == AliBytes.ETX) {
                byte[] content = frame.toByteArray();
                result.frames.add(blank(content) ? new BrokenAliFrame(content, "empty frame") : new AliFrame(content));
                frame = null;
            } else if (b == AliBytes.STX) {
                result.frames.add(new BrokenAliFrame(frame.toByteArray(), "new STX before ETX"));
                frame = new ByteArrayOutputStream();
            } else if (frame.size() == maxFrameBytes) {
                result.frames.add(new BrokenAliFrame(frame.toByteArray(), "frame longer than " + maxFrameBytes
                        + " bytes"));
                result.stray.write(b);
                frame = null;
                skippingOversized = true;
            } else {
                frame.write(b);
            }
        }
        if (frame != null && connectionClosesAtEnd) {
            result.frames.add(new BrokenAliFrame(frame.toByteArray(), "connection closed before ETX"));
        }
        return result;
    }

    /** What the listener answers for each frame, in order, when every call is journaled. */
    byte[] answers() {
        byte[] answers = new byte[frames.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = frames.get(i) instanceof AliFrame ? AliBytes.ACK : AliBytes.NAK;
        }
        return answers;
    }

    /** Frames whose bytes reach the call sink: all complete ones and the broken ones that are not blank. */
    int calls() {
        int calls = 0;
        for (Object frame : frames) {
            if (frame instanceof AliFrame || ((BrokenAliFrame) frame).hasContent()) {
                calls++;
            }
        }
        return calls;
    }

    private static boolean blank(byte[] content) {
        for (byte b : content) {
            if (!Arrays.asList((byte) ' ', (byte) '\t', (byte) '\r', (byte) '\n', (byte) '\f', (byte) 0x0b)
                    .contains(b)) {
                return false;
            }
        }
        return true;
    }
}
