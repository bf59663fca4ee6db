package org.vigil.cad.telephony.sip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TCP framing on Netty's EmbeddedChannel: every split position, byte by byte, several messages per read. */
class SipStreamFramerTest {
    private static final byte[] FIRST = SipSamples.invite(SipSamples.OSP, "tcp-1", "z9hG4bK-1");
    private static final byte[] SECOND = SipSamples.options("z9hG4bK-2");

    private static byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(FIRST);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(SECOND);
        return out.toByteArray();
    }

    private static List<SipFrame> frames(EmbeddedChannel channel) {
        List<SipFrame> frames = new ArrayList<>();
        for (SipFrame frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
            frames.add(frame);
        }
        return frames;
    }

    private static void assertTwoWholeMessages(List<SipFrame> frames, String where) {
        assertEquals(2, frames.size(), where);
        assertArrayEquals(FIRST, frames.get(0).bytes(), where);
        assertArrayEquals(SECOND, frames.get(1).bytes(), where);
        assertFalse(frames.get(0).oversized() || frames.get(1).lastOnConnection(), where);
    }

    @Test
    void splitAtEveryPosition() {
        byte[] stream = stream();
        for (int split = 1; split < stream.length; split++) {
            EmbeddedChannel channel = new EmbeddedChannel(new SipStreamFramer(65535));
            channel.writeInbound(Unpooled.wrappedBuffer(stream, 0, split));
            channel.writeInbound(Unpooled.wrappedBuffer(stream, split, stream.length - split));
            assertTwoWholeMessages(frames(channel), "split at " + split);
            channel.finishAndReleaseAll();
        }
    }

    @Test
    void byteByByteAndAllAtOnce() {
        byte[] stream = stream();
        EmbeddedChannel trickle = new EmbeddedChannel(new SipStreamFramer(65535));
        for (byte b : stream) {
            trickle.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        assertTwoWholeMessages(frames(trickle), "byte by byte");
        EmbeddedChannel whole = new EmbeddedChannel(new SipStreamFramer(65535));
        whole.writeInbound(Unpooled.wrappedBuffer(stream));
        assertTwoWholeMessages(frames(whole), "in one read");
    }

    @Test
    void anOversizedMessageIsPassedAsHeadersAndItsBodySkipped() {
        EmbeddedChannel channel = new EmbeddedChannel(new SipStreamFramer(2048));
        channel.writeInbound(Unpooled.wrappedBuffer(stream()));
        List<SipFrame> frames = frames(channel);
        assertEquals(2, frames.size());
        SipFrame big = frames.get(0);
        assertTrue(big.oversized());
        assertEquals(FIRST.length, big.totalBytes());
        assertTrue(new String(big.bytes(), StandardCharsets.UTF_8).endsWith("Content-Length: "
                + (FIRST.length - big.bytes().length) + "\r\n\r\n"));
        assertArrayEquals(SECOND, frames.get(1).bytes(), "the stream stays in step after the skipped body");
        assertTrue(channel.isOpen());
    }

    @Test
    void anUnreadableLengthEndsTheConnectionAfterThatMessage() {
        byte[] broken = SipSamples.request("OPTIONS sip:v@h SIP/2.0", "Via: SIP/2.0/TCP h;branch=z9hG4bK-3",
                "Content-Length: twelve", "", "");
        EmbeddedChannel channel = new EmbeddedChannel(new SipStreamFramer(65535));
        channel.writeInbound(Unpooled.wrappedBuffer(broken), Unpooled.wrappedBuffer(SECOND));
        List<SipFrame> frames = frames(channel);
        assertEquals(1, frames.size());
        assertTrue(frames.get(0).lastOnConnection());
    }

    @Test
    void headersThatNeverEndAreCutAtTheLimit() {
        EmbeddedChannel channel = new EmbeddedChannel(new SipStreamFramer(1024));
        byte[] endless = ("INVITE urn:service:sos SIP/2.0\r\nX-Filler: " + "a".repeat(3000))
                .getBytes(StandardCharsets.US_ASCII);
        channel.writeInbound(Unpooled.wrappedBuffer(endless));
        List<SipFrame> frames = frames(channel);
        assertEquals(1, frames.size());
        assertTrue(frames.get(0).oversized() && frames.get(0).lastOnConnection());
        assertEquals(1024, frames.get(0).bytes().length);
        channel.writeInbound(Unpooled.wrappedBuffer(SECOND));
        assertNull(channel.readInbound(), "nothing more is read from a connection that lost its framing");
    }
}
