package org.vigil.cad.telephony.ali;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random ALI link traffic: garbage, stray and missing delimiters, real and oversized frames. */
final class RandomAliStreams {
    private RandomAliStreams() {
    }

    static byte[] stream(Random random, int maxFrameBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int segments = 1 + random.nextInt(12);
        for (int s = 0; s < segments; s++) {
            switch (random.nextInt(7)) {
                case 0 -> out.writeBytes(AliSamples.framed(realRecord(random)));
                case 1 -> out.write(AliBytes.STX);
                case 2 -> out.write(AliBytes.ETX);
                case 3 -> out.writeBytes(AliSamples.framed(AliSamples.latin1(random.nextBoolean() ? "" : " \r\n")));
                case 4 -> out.writeBytes(AliSamples.framed(garbage(random, maxFrameBytes + 1 + random.nextInt(200))));
                default -> out.writeBytes(garbage(random, random.nextInt(2 * maxFrameBytes)));
            }
        }
        return out.toByteArray();
    }

    static byte[] realRecord(Random random) {
        return AliSamples.record(AliSamples.JEFFERSON.get(random.nextInt(AliSamples.JEFFERSON.size())));
    }

    /** Random bytes in which STX and ETX turn up now and then, as on a noisy line. */
    static byte[] garbage(Random random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            int roll = random.nextInt(100);
            bytes[i] = roll < 3 ? AliBytes.STX : roll < 6 ? AliBytes.ETX : (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** The stream cut into reads of random sizes. */
    static List<byte[]> chunks(Random random, byte[] stream) {
        List<byte[]> chunks = new ArrayList<>();
        int largest = 1 + random.nextInt(300);
        for (int at = 0; at < stream.length; ) {
            int size = Math.min(stream.length - at, 1 + random.nextInt(largest));
            byte[] chunk = new byte[size];
            System.arraycopy(stream, at, chunk, 0, size);
            chunks.add(chunk);
            at += size;
        }
        return chunks;
    }
}
