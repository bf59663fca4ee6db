package org.vigil.cad.server;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.vigil.cad.telephony.simulator.AliRecordWriter;
import org.vigil.cad.telephony.simulator.CallGenerator;
import org.vigil.cad.telephony.simulator.CallMix;
import org.vigil.cad.telephony.simulator.GeneratorReport;
import org.vigil.cad.telephony.simulator.GeneratorSettings;
import org.vigil.cad.telephony.simulator.SyntheticCallSettings;
import org.vigil.cad.telephony.simulator.SyntheticCalls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cad call-generator}: plays synthetic 9-1-1 calls onto a running server's ALI and SIP ports, for load. */
@Command(name = "call-generator",
        description = "Play synthetic 9-1-1 calls (ALI spills and NG9-1-1 SIP INVITEs) onto a running Vigil at a "
                + "fixed rate; exits 1 if any call was not acknowledged.")
final class CallGeneratorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rate", required = true, description = "Calls per second, kept whatever the answers do.")
    double rate;

    @Option(names = "--seconds", required = true, description = "How long to send calls for.")
    double seconds;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The server (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--ali-port", defaultValue = "9110", description = "Its ALI spill TCP port (default: ${DEFAULT-VALUE}).")
    int aliPort;

    @Option(names = "--sip-port", defaultValue = "5060", description = "Its SIP UDP port (default: ${DEFAULT-VALUE}).")
    int sipPort;

    @Option(names = "--sip-share", defaultValue = "0.3",
            description = "Share of calls sent as SIP INVITEs rather than ALI spills, 0..1 (default: ${DEFAULT-VALUE}).")
    double sipShare;

    @Option(names = "--ali-connections", defaultValue = "1",
            description = "ALI links to spread the spills over (default: ${DEFAULT-VALUE}).")
    int aliConnections;

    @Option(names = "--seed", description = "Seeds the calls; the same seed plays the same calls (default: from the clock, printed).")
    Long seed;

    @Override
    public Integer call() throws Exception {
        if (!(sipShare >= 0 && sipShare <= 1)) {
            throw new IllegalArgumentException("--sip-share must be within 0..1, not " + sipShare);
        }
        long calls = GeneratorSettings.callsIn(seconds, rate);
        if (calls < 1) {
            throw new IllegalArgumentException("--rate " + rate + " for --seconds " + seconds + " makes no call");
        }
        Clock clock = Clock.systemDefaultZone();
        long runSeed = seed != null ? seed : clock.millis();
        // The run tag keeps this run's SIP identifiers apart from an earlier run's with the same seed.
        String runTag = Long.toString(clock.millis(), Character.MAX_RADIX);
        SyntheticCallSettings callSettings = new SyntheticCallSettings(runSeed, runTag,
                CallMix.typical().withSipShare(sipShare), LocalDateTime.now(clock), rate);
        GeneratorSettings settings = GeneratorSettings.of(host, aliPort, sipPort, rate, calls)
                .withAliConnections(sipShare >= 1 ? 0 : aliConnections);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "call-generator: %d calls at %s/s to %s (ALI tcp/%d, SIP udp/%d), %.0f%% SIP, seed %d%n",
                calls, rate, host, aliPort, sipPort, sipShare * 100, runSeed);
        out.flush();
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1, new NamedThreads("call-generator", true),
                NioIoHandler.newFactory());
        try {
            CallGenerator generator = new CallGenerator(loop, settings,
                    sip -> new SyntheticCalls(callSettings, AliRecordWriter.jefferson911ai(), sip), System::nanoTime);
            long started = System.nanoTime();
            GeneratorReport report = awaitPrintingEachSecond(generator, generator.run(), out, started);
            out.printf(Locale.ROOT, "done in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, summary(report));
            out.flush();
            if (!report.allAcknowledged()) {
                spec.commandLine().getErr().println("call-generator: not every call was acknowledged");
                return 1;
            }
            return 0;
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static GeneratorReport awaitPrintingEachSecond(CallGenerator generator,
                                                           CompletableFuture<GeneratorReport> run, PrintWriter out,
                                                           long started) throws Exception {
        while (true) {
            try {
                return run.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                out.printf(Locale.ROOT, "%5.0f s  %s%n", (System.nanoTime() - started) / 1e9,
                        summary(generator.progress()));
                out.flush();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    static String summary(GeneratorReport r) {
        return String.format(Locale.ROOT, "%d calls sent; ALI %d: %d ACK, %d NAK, %d unanswered; "
                        + "SIP %d: %d 200 OK, %d cancelled, %d refused, %d unanswered, %d hung up; %d failures",
                r.callsSent(), r.aliSent(), r.aliAcked(), r.aliNaked(), r.aliUnanswered(), r.sipSent(),
                r.sipAnswered(), r.sipCancelled(), r.sipRefused(), r.sipUnanswered(), r.sipHungUp(), r.failures());
    }
}
