package org.vigil.cad.bench.telephony;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.vigil.cad.telephony.ali.AliBytes;

/**
 * An open-loop ALI link on one TCP connection: frame {@code i} is due at {@code start + i / rate}, whatever
 * became of the frames before it (a late sender catches up at once, it never skips and never waits for an
 * answer). The peer answers every frame with one byte, in frame order, so the {@code i}-th answer belongs to
 * frame {@code i}, and its latency is the time the answer arrived minus the time frame {@code i} was
 * <em>due</em>: a stall anywhere (peer, network, this sender) counts against every frame due during it.
 * That is the coordinated-omission-correct measure; nothing is back-filled or corrected afterwards.
 * Frames due during the warm-up are sent and answered but not recorded.
 */
final class PacedClient {
    private static final int READ_BUFFER_BYTES = 4096;
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int SIGNIFICANT_DIGITS = 3;

    /**
     * @param callsPerSecond the fixed arrival rate
     * @param warmupCalls    frames sent first and not recorded
     * @param measuredCalls  frames recorded after the warm-up
     * @param ackTimeout     the longest silence from the peer, once frames are outstanding, before giving up
     */
    record Settings(double callsPerSecond, int warmupCalls, int measuredCalls, Duration ackTimeout) {
        Settings {
            if (!(callsPerSecond > 0) || warmupCalls < 0 || measuredCalls < 1) {
                throw new IllegalArgumentException("a positive rate and at least one measured call are needed");
            }
        }

        int totalCalls() {
            return warmupCalls + measuredCalls;
        }

        long dueOffsetNanos(int call) {
            return Math.round(call * 1e9 / callsPerSecond);
        }
    }

    /**
     * @param latencyNanos answer arrived minus frame due, for the measured frames
     * @param sendLagNanos frame written minus frame due, for the measured frames: this sender's own lateness
     * @param sent         frames written
     * @param acked        ACK answers
     * @param naked        NAK answers
     * @param otherAnswers answer bytes that were neither
     * @param failure      why the run stopped short, "" when every frame was answered
     */
    record Result(Histogram latencyNanos, Histogram sendLagNanos, long sent, long acked, long naked,
                  long otherAnswers, String failure) {
        boolean complete() {
            return failure.isEmpty() && acked == sent && naked == 0 && otherAnswers == 0;
        }
    }

    private final Settings settings;
    private final IntFunction<byte[]> frames;
    private final ThreadFactory threads;

    /** @param frames the frame to send as call {@code i}, STX..ETX; @param threads makes the answer reader */
    PacedClient(Settings settings, IntFunction<byte[]> frames, ThreadFactory threads) {
        this.settings = settings;
        this.frames = frames;
        this.threads = threads;
    }

    Result run(InetSocketAddress peer) throws IOException, InterruptedException {
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(peer, (int) settings.ackTimeout().toMillis());
            socket.setSoTimeout((int) settings.ackTimeout().toMillis());
            long start = System.nanoTime() + START_DELAY_NANOS;
            AnswerReader reader = new AnswerReader(socket.getInputStream(), start);
            Thread readerThread = threads.newThread(reader);
            readerThread.start();
            Histogram sendLag = new Histogram(SIGNIFICANT_DIGITS);
            long sent = send(socket.getOutputStream(), start, sendLag);
            readerThread.join();
            String failure = reader.failure;
            if (failure.isEmpty() && sent < settings.totalCalls()) {
                failure = "only " + sent + " of " + settings.totalCalls() + " frames could be written";
            }
            return new Result(reader.latency, sendLag, sent, reader.acked, reader.naked, reader.other, failure);
        }
    }

    private long send(OutputStream out, long start, Histogram sendLag) {
        int call = 0;
        try {
            for (; call < settings.totalCalls(); call++) {
                long due = start + settings.dueOffsetNanos(call);
                long now = System.nanoTime();
                while (now < due) {
                    LockSupport.parkNanos(due - now);
                    now = System.nanoTime();
                }
                if (call >= settings.warmupCalls()) {
                    sendLag.recordValue(now - due);
                }
                out.write(frames.apply(call));
            }
        } catch (IOException e) {
            // The link is gone; the reader says why, and the frames written so far are what was sent.
        }
        return call;
    }

    /** Reads the answers; every field is written by its own thread only and read after it has ended. */
    private final class AnswerReader implements Runnable {
        private final InputStream in;
        private final long start;
        private final Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
        private long acked;
        private long naked;
        private long other;
        private String failure = "";

        AnswerReader(InputStream in, long start) {
            this.in = in;
            this.start = start;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[READ_BUFFER_BYTES];
            int answered = 0;
            try {
                while (answered < settings.totalCalls()) {
                    int read = in.read(buffer);
                    long arrived = System.nanoTime();
                    if (read < 0) {
                        failure = "the peer closed the connection after " + answered + " answers";
                        return;
                    }
                    for (int i = 0; i < read; i++, answered++) {
                        count(buffer[i]);
                        if (answered >= settings.warmupCalls()) {
                            latency.recordValue(Math.max(0, arrived - (start + settings.dueOffsetNanos(answered))));
                        }
                    }
                }
            } catch (SocketTimeoutException e) {
                failure = "no answer for " + settings.ackTimeout() + " after " + answered + " answers";
            } catch (IOException e) {
                failure = "the link failed after " + answered + " answers: " + e;
            }
        }

        private void count(byte answer) {
            if (answer == AliBytes.ACK) {
                acked++;
            } else if (answer == AliBytes.NAK) {
                naked++;
            } else {
                other++;
            }
        }
    }
}
