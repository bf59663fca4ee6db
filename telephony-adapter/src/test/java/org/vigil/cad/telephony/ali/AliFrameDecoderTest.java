package org.vigil.cad.telephony.ali;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The STX..ETX framing, fed through Netty's EmbeddedChannel byte by byte and split everywhere. */
class AliFrameDecoderTest {
    private static final byte[] CRLF = {'\r', '\n'};

    @Test
    void severalRealRecordsSplitAtEveryBytePositionGiveTheSameFrames() {
        List<byte[]> records = AliSamples.JEFFERSON.stream().map(AliSamples::record).toList();
        byte[] stream = streamOf(records, CRLF);
        List<Object> expected = records.stream().<Object>map(AliFrame::new).toList();

        for (int split = 0; split <= stream.length; split++) {
            Decoded decoded = decode(new AliFrameDecoder(), Arrays.copyOfRange(stream, 0, split),
                    Arrays.copyOfRange(stream, split, stream.length));
            assertEquals(expected, decoded.frames, "split at " + split);
            assertArrayEquals(repeat(CRLF, records.size()), decoded.stray(), "split at " + split);
        }
    }

    @Test
    void aStreamFedOneByteAtATimeGivesTheSameFrames() {
        List<byte[]> records = List.of(AliSamples.record("wph1"), AliSamples.record("voip"));
        byte[] stream = streamOf(records, new byte[0]);
        byte[][] singleBytes = new byte[stream.length][];
        for (int i = 0; i < stream.length; i++) {
            singleBytes[i] = new byte[] {stream[i]};
        }

        Decoded decoded = decode(new AliFrameDecoder(), singleBytes);

        assertEquals(List.of(new AliFrame(records.get(0)), new AliFrame(records.get(1))), decoded.frames);
    }

    @Test
    void severalFramesInOneReadAreAllDecoded() {
        byte[] stream = AliSamples.framed(AliSamples.record("resd"), AliSamples.record("busn"),
                AliSamples.record("cntx"));

        Decoded decoded = decode(new AliFrameDecoder(), stream);

        assertEquals(List.of(new AliFrame(AliSamples.record("resd")), new AliFrame(AliSamples.record("busn")),
                new AliFrame(AliSamples.record("cntx"))), decoded.frames);
    }

    @Test
    void aFrameWithoutItsEtxYetIsWaitedForWithinTheLimit() {
        byte[] record = AliSamples.record("mobl");
        EmbeddedChannel channel = new EmbeddedChannel(new AliFrameDecoder());

        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {AliBytes.STX}, record));
        assertNull(channel.readInbound(), "no ETX yet: nothing decoded, nothing NAKed");

        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {AliBytes.ETX}));
        assertEquals(new AliFrame(record), channel.readInbound());
        channel.finishAndReleaseAll();
    }

    @Test
    void anOversizedFrameIsBrokenAndTheNextGoodFrameStillDecodes() {
        byte[] oversized = new byte[5000];
        Arrays.fill(oversized, (byte) 'X');
        byte[] good = AliSamples.record("resd");

        Decoded decoded = decode(new AliFrameDecoder(), AliSamples.framed(oversized), AliSamples.framed(good));

        assertEquals(List.of(new BrokenAliFrame(Arrays.copyOf(oversized, 4096), "frame longer than 4096 bytes"),
                new AliFrame(good)), decoded.frames);
        assertEquals(5000 - 4096, decoded.stray().length, "the oversized tail is discarded and reported");
    }

    @Test
    void aFrameOfExactlyTheLimitIsAFrame() {
        byte[] content = new byte[64];
        Arrays.fill(content, (byte) '7');

        Decoded decoded = decode(new AliFrameDecoder(64), AliSamples.framed(content));

        assertEquals(List.of(new AliFrame(content)), decoded.frames);
    }

    @Test
    void anOversizedFrameWhoseEtxNeverComesIsResynchronisedOnTheNextStx() {
        byte[] junk = new byte[6000];
        Arrays.fill(junk, (byte) 'j');
        byte[] stream = concat(new byte[] {AliBytes.STX}, junk, AliSamples.framed(AliSamples.record("voip")));

        Decoded decoded = decode(new AliFrameDecoder(), stream);

        assertEquals(2, decoded.frames.size());
        assertEquals("frame longer than 4096 bytes", ((BrokenAliFrame) decoded.frames.get(0)).reason());
        assertEquals(new AliFrame(AliSamples.record("voip")), decoded.frames.get(1));
    }

    @Test
    void aNewStxBeforeEtxBreaksTheFrameAndStartsTheNext() {
        byte[] stream = concat(new byte[] {AliBytes.STX}, AliSamples.latin1("315-555-0101 01/05"),
                AliSamples.framed(AliSamples.record("resd")));

        Decoded decoded = decode(new AliFrameDecoder(), stream);

        assertEquals(List.of(new BrokenAliFrame(AliSamples.latin1("315-555-0101 01/05"), "new STX before ETX"),
                new AliFrame(AliSamples.record("resd"))), decoded.frames);
    }

    @Test
    void nonAsciiBytesPassThroughUntouched() {
        byte[] content = new byte[256 - 4];
        int i = 0;
        for (int b = 0; b < 256; b++) {
            if (b != AliBytes.STX && b != AliBytes.ETX && b != ' ' && b != '\n') {
                content[i++] = (byte) b;
            }
        }
        content = Arrays.copyOf(content, i);

        Decoded decoded = decode(new AliFrameDecoder(), AliSamples.framed(content));

        assertEquals(List.of(new AliFrame(content)), decoded.frames);
        assertEquals(0xFF, ((AliFrame) decoded.frames.get(0)).bytes()[content.length - 1] & 0xFF);
    }

    @Test
    void bytesBeforeAnStxAreDiscardedButReported() {
        byte[] stream = concat(AliSamples.latin1("noise"), AliSamples.framed(AliSamples.record("busn")));

        Decoded decoded = decode(new AliFrameDecoder(), stream);

        assertEquals(List.of(new AliFrame(AliSamples.record("busn"))), decoded.frames);
        assertArrayEquals(AliSamples.latin1("noise"), decoded.stray());
    }

    @Test
    void anEmptyOrBlankFrameIsBroken() {
        Decoded decoded = decode(new AliFrameDecoder(), AliSamples.framed(new byte[0], AliSamples.latin1(" \r\n ")));

        assertEquals(List.of(new BrokenAliFrame(new byte[0], "empty frame"),
                new BrokenAliFrame(AliSamples.latin1(" \r\n "), "empty frame")), decoded.frames);
    }

    @Test
    void aFrameCutByTheConnectionClosingIsBrokenWithItsBytes() {
        byte[] partial = Arrays.copyOf(AliSamples.record("wph2_vzw"), 200);
        EmbeddedChannel channel = new EmbeddedChannel(new AliFrameDecoder());

        channel.writeInbound(Unpooled.wrappedBuffer(concat(new byte[] {AliBytes.STX}, partial)));
        channel.finish();

        assertEquals(new BrokenAliFrame(partial, "connection closed before ETX"), channel.readInbound());
        assertNull(channel.readInbound());
    }

    @Test
    void randomStreamsInRandomChunksFrameAsTheReferenceSays() {
        for (long seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            int limit = 16 + random.nextInt(200);
            byte[] stream = RandomAliStreams.stream(random, limit);
            ReferenceFraming reference = ReferenceFraming.of(stream, limit, true);

            Decoded decoded = decodeAndClose(new AliFrameDecoder(limit), RandomAliStreams.chunks(random, stream));

            assertEquals(reference.frames, decoded.frames, "seed " + seed);
            assertArrayEquals(reference.stray.toByteArray(), decoded.stray(), "seed " + seed);
        }
    }

    @Test
    void aLimitBelowOneByteIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new AliFrameDecoder(0));
        assertTrue(error.getMessage().contains("at least 1 byte"));
    }

    /** What a decoder emitted: frames (good and broken) in order, and the stray bytes it reported. */
    record Decoded(List<Object> frames, List<StrayAliBytes> strays) {
        byte[] stray() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            strays.forEach(s -> all.writeBytes(s.bytes()));
            return all.toByteArray();
        }
    }

    static Decoded decode(AliFrameDecoder decoder, byte[]... reads) {
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        for (byte[] read : reads) {
            channel.writeInbound(Unpooled.wrappedBuffer(read));
        }
        Decoded decoded = drain(channel);
        channel.finishAndReleaseAll();
        return decoded;
    }

    private static Decoded decodeAndClose(AliFrameDecoder decoder, List<byte[]> reads) {
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        for (byte[] read : reads) {
            channel.writeInbound(Unpooled.wrappedBuffer(read));
        }
        channel.finish();
        return drain(channel);
    }

    private static Decoded drain(EmbeddedChannel channel) {
        List<Object> frames = new ArrayList<>();
        List<StrayAliBytes> strays = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            if (message instanceof StrayAliBytes stray) {
                strays.add(stray);
            } else {
                frames.add(message);
            }
        }
        return new Decoded(frames, strays);
    }

    private static byte[] streamOf(List<byte[]> records, byte[] between) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) {
            out.writeBytes(AliSamples.framed(record));
            out.writeBytes(between);
        }
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] bytes, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
