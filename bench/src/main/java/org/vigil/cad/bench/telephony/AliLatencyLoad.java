package org.vigil.cad.bench.telephony;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * ALI bytes in to call journaled (and the ACK back), at a fixed arrival rate, coordinated-omission-correct:
 * see {@link PacedClient}. In one JVM and one run: first the floor, a Netty echo that answers each frame at
 * once ({@link EchoAnswerServer}), then the production path ({@link JournaledAliServer}), each with the same
 * frames (the simulator's typical ALI mix) at the same rate on one TCP connection, each warmed up first.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar [Chronicle's JVM flags] org.vigil.cad.bench.telephony.AliLatencyLoad \
 *      --rate 1000 --seconds 60 [--warmup 10] [--listener-phase]
 * </pre>
 * {@code --listener-phase} adds, between the two, the ALI listener alone ({@link InstantAliServer}), and the
 * production run also prints the pipeline's own offer-to-journaled times ({@link TimedCallSink}): both only
 * say where the time goes.
 * Exits 0 when every frame of both runs was answered ACK, 1 otherwise, 2 for bad arguments.
 */
public final class AliLatencyLoad {
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    /** The load tool's report is its output, one readable block per run, on standard output. */
    private static final PrintStream REPORT = System.out;
    private static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};

    private final double rate;
    private final int seconds;
    private final int warmupSeconds;
    private final boolean listenerPhase;

    private AliLatencyLoad(double rate, int seconds, int warmupSeconds, boolean listenerPhase) {
        this.rate = rate;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.listenerPhase = listenerPhase;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        double rate = 1000;
        int seconds = 60;
        int warmup = 10;
        boolean listenerPhase = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rate" -> rate = Double.parseDouble(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--listener-phase" -> listenerPhase = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (!(rate > 0) || seconds < 1 || warmup < 0) {
                throw new IllegalArgumentException("--rate must be positive, --seconds at least 1, --warmup >= 0");
            }
        } catch (RuntimeException e) {
            System.err.println("AliLatencyLoad: " + e.getMessage()
                    + "\nusage: AliLatencyLoad [--rate CALLS_PER_SECOND] [--seconds N] [--warmup N]"
                    + " [--listener-phase]");
            System.exit(2);
            return;
        }
        System.exit(new AliLatencyLoad(rate, seconds, warmup, listenerPhase).run() ? 0 : 1);
    }

    private boolean run() throws IOException, InterruptedException {
        PacedClient.Settings settings = new PacedClient.Settings(rate, (int) Math.round(warmupSeconds * rate),
                (int) Math.round(seconds * rate), ACK_TIMEOUT);
        List<byte[]> frames = TelephonySamples.aliFrames(settings.totalCalls(), rate);
        long bytes = frames.stream().mapToLong(f -> f.length).sum();
        REPORT.printf("ALI latency load: %.0f calls/s, %d s warm-up + %d s measured, %d frames of the typical ALI"
                        + " mix (mean %.0f bytes with STX/ETX), JDK %s%n", rate, warmupSeconds, seconds,
                settings.totalCalls(), (double) bytes / frames.size(), Runtime.version());
        PacedClient client = new PacedClient(settings, frames::get, threads("ali-load-reader"));
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, threads("ali-load-boss"), NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(1, threads("ali-load-io"), NioIoHandler.newFactory());
        Path directory = TempJournal.create();
        try {
            PacedClient.Result floor;
            try (EchoAnswerServer echo = new EchoAnswerServer(boss, workers)) {
                floor = measure("floor: Netty echo, one ACK per frame", client, echo.port());
            }
            boolean listenerComplete = true;
            if (listenerPhase) {
                try (InstantAliServer listener = new InstantAliServer(boss, workers)) {
                    listenerComplete = measure("ALI listener alone (framing, parse, ACK; no pipeline)", client,
                            listener.port()).complete();
                }
            }
            PacedClient.Result ali;
            try (JournaledAliServer server = new JournaledAliServer(directory, boss, workers,
                    threads("ali-load-pipeline"))) {
                ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(threads("ali-load-timer"));
                // The pipeline's own times are kept from the end of the warm-up, as the client's are.
                timer.schedule(server::takeOfferNanos, warmupSeconds * 1000L + 50, TimeUnit.MILLISECONDS);
                ali = measure("ALI spill -> parse -> pipeline -> journaled -> ACK", client, server.port());
                timer.shutdownNow();
                REPORT.println("  of which the pipeline, offer to journaled future (service time, not"
                        + " CO-corrected) us: " + percentiles(server.takeOfferNanos()));
                REPORT.printf("  engine: %d calls, %d commands refused%n", server.calls(),
                        server.refusedCommands());
            }
            compare(floor, ali);
            return floor.complete() && listenerComplete && ali.complete();
        } finally {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            TempJournal.delete(directory);
        }
    }

    private PacedClient.Result measure(String what, PacedClient client, int port)
            throws IOException, InterruptedException {
        // The frames and the previous phase's garbage are the harness's, not the path's: collect them first.
        System.gc();
        RunConditions conditions = RunConditions.now();
        PacedClient.Result result = client.run(new InetSocketAddress("127.0.0.1", port));
        REPORT.println(what);
        REPORT.printf("  sent %d, ACK %d, NAK %d, other %d%s%n", result.sent(), result.acked(), result.naked(),
                result.otherAnswers(), result.complete() ? " (every frame ACKed)" : "  INCOMPLETE: "
                        + (result.failure().isEmpty() ? "not every frame was ACKed" : result.failure()));
        REPORT.println("  latency us: " + percentiles(result.latencyNanos()));
        REPORT.println("  send lag us (this sender's own lateness): " + percentiles(result.sendLagNanos()));
        REPORT.println("  " + conditions.since() + " (warm-up included)");
        return result;
    }

    private static void compare(PacedClient.Result floor, PacedClient.Result ali) {
        StringBuilder line = new StringBuilder("ratio ALI / floor:");
        for (double p : PERCENTILES) {
            line.append(String.format(" p%s %.2fx", label(p), ratio(ali.latencyNanos().getValueAtPercentile(p),
                    floor.latencyNanos().getValueAtPercentile(p))));
        }
        line.append(String.format(" max %.2fx", ratio(ali.latencyNanos().getMaxValue(),
                floor.latencyNanos().getMaxValue())));
        REPORT.println(line);
        REPORT.printf("target p99 <= 1000 us: %s (p99 %.1f us)%n",
                ali.latencyNanos().getValueAtPercentile(99) <= 1_000_000 ? "met" : "MISSED",
                ali.latencyNanos().getValueAtPercentile(99) / 1e3);
    }

    static String percentiles(Histogram nanos) {
        StringBuilder text = new StringBuilder();
        for (double p : PERCENTILES) {
            text.append(String.format("p%s %.1f  ", label(p), nanos.getValueAtPercentile(p) / 1e3));
        }
        return text.append(String.format("max %.1f  mean %.1f  (n=%d)", nanos.getMaxValue() / 1e3,
                nanos.getMean() / 1e3, nanos.getTotalCount())).toString();
    }

    private static String label(double percentile) {
        return percentile == Math.rint(percentile) ? String.valueOf((int) percentile) : String.valueOf(percentile);
    }

    private static double ratio(long value, long baseline) {
        return baseline == 0 ? Double.NaN : (double) value / baseline;
    }

    /** Daemon threads named after their role: this tool owns every thread it runs. */
    static ThreadFactory threads(String role) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
