package org.vigil.cad.bench.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.vigil.cad.telephony.ali.AliBytes;

class PacedClientTest {
    private static final byte[] FRAME = {AliBytes.STX, '9', '1', '1', AliBytes.ETX};
    private static final long MILLIS = TimeUnit.MILLISECONDS.toNanos(1);

    /**
     * The coordinated-omission check: one answer held back for 200 ms delays every frame due in those 200 ms
     * (answers go in frame order), so about 100 of 1,000 frames must show 100 ms or more. A client that timed
     * each frame from when it was actually sent, or waited for each answer before sending, would show one.
     */
    @Test
    void aStallInThePeerShowsInEveryFrameDueDuringIt() throws Exception {
        PacedClient.Result result = runAgainst(500, 200);

        assertTrue(result.complete(), result.failure());
        assertEquals(1_000, result.sent());
        Histogram latency = result.latencyNanos();
        assertEquals(1_000, latency.getTotalCount());
        long atLeast100ms = latency.getCountBetweenValues(100 * MILLIS, Long.MAX_VALUE / 2);
        assertTrue(atLeast100ms >= 90 && atLeast100ms <= 110, "frames at 100 ms or more: " + atLeast100ms);
        assertTrue(latency.getValueAtPercentile(99) >= 150 * MILLIS, "p99 " + latency.getValueAtPercentile(99));
        assertTrue(latency.getMaxValue() >= 195 * MILLIS, "max " + latency.getMaxValue());
        assertTrue(latency.getValueAtPercentile(50) < 50 * MILLIS, "p50 " + latency.getValueAtPercentile(50));
    }

    @Test
    void warmUpFramesAreSentAndAnsweredButNotRecorded() throws Exception {
        PacedClient.Result result = runAgainst(-1, 0, 300, 700);

        assertTrue(result.complete(), result.failure());
        assertEquals(1_000, result.sent());
        assertEquals(1_000, result.acked());
        assertEquals(700, result.latencyNanos().getTotalCount());
        assertEquals(700, result.sendLagNanos().getTotalCount());
    }

    private static PacedClient.Result runAgainst(int stallAtFrame, long stallMillis) throws Exception {
        return runAgainst(stallAtFrame, stallMillis, 0, 1_000);
    }

    private static PacedClient.Result runAgainst(int stallAtFrame, long stallMillis, int warmup, int measured)
            throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> answer(server, stallAtFrame, stallMillis), "fake-ali-peer");
            peer.setDaemon(true);
            peer.start();
            PacedClient.Settings settings = new PacedClient.Settings(1_000, warmup, measured, Duration.ofSeconds(5));
            PacedClient client = new PacedClient(settings, call -> FRAME, AliLatencyLoad.threads("test-reader"));
            InetSocketAddress address = new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
            PacedClient.Result result = client.run(address);
            peer.join(TimeUnit.SECONDS.toMillis(5));
            return result;
        }
    }

    /** Answers ACK for every ETX, in order; before answering frame {@code stallAtFrame} it stalls. */
    private static void answer(ServerSocket server, int stallAtFrame, long stallMillis) {
        try (Socket socket = server.accept()) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[4096];
            int frame = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] != AliBytes.ETX) {
                        continue;
                    }
                    if (frame++ == stallAtFrame) {
                        // The stall is the behaviour under test (a slow journal), not synchronisation.
                        Thread.sleep(stallMillis);
                    }
                    out.write(AliBytes.ACK);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the fake ALI peer failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
