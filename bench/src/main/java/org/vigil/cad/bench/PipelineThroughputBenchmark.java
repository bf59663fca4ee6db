package org.vigil.cad.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.journal.Durability;
import org.vigil.cad.core.pipeline.WaitStrategyKind;

/**
 * Commands per second through the whole pipeline (gateway, engine, Chronicle journal, publish) for the
 * {@link DispatchMix}. One call sends {@value #CYCLES_PER_CALL} cycles and waits for the last command's
 * acknowledgement, so the time measured includes journaling, not only enqueueing. The secondary
 * figure {@code events} is journaled events per second. Each iteration runs a fresh pipeline and
 * journal (a new shift), so the state does not grow across iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(3)
public class PipelineThroughputBenchmark {
    static final int CYCLES_PER_CALL = 500;
    static final int COMMANDS_PER_CALL = CYCLES_PER_CALL * DispatchMix.COMMANDS_PER_CYCLE;
    private static final Logger LOG = LoggerFactory.getLogger(PipelineThroughputBenchmark.class);

    @Param({"PAGE_CACHE", "SYNC"})
    public Durability durability;

    /** Blocking is the project's default on 2 cores; the others are here to show what the choice costs. */
    @Param("BLOCKING")
    public WaitStrategyKind waitStrategy;

    private Path directory;
    private int eventsPerCall;
    private int iteration;
    private PipelineFixture pipeline;
    private DispatchMix mix;
    private DispatchMix.Target send;
    private DispatchMix.Target sendAndAwait;
    private long calls;

    @Setup(Level.Trial)
    public void profileTheMix() {
        directory = TempDirs.create("vigil-pipeline-bench");
        MixProfile profile = MixProfile.measure(1_000);
        eventsPerCall = profile.eventsPerCycle() * CYCLES_PER_CALL;
        LOG.info("mix: {} commands and {} events per cycle ({} events per command), {} encoded bytes per event",
                DispatchMix.COMMANDS_PER_CYCLE, profile.eventsPerCycle(),
                String.format("%.3f", profile.eventsPerCommand()),
                String.format("%.1f", profile.averageEncodedBytes()));
    }

    @Setup(Level.Iteration)
    public void startShift() {
        pipeline = new PipelineFixture(directory.resolve("shift-" + iteration++), durability, waitStrategy);
        mix = new DispatchMix(SteppingClock.START_MICROS);
        send = pipeline::send;
        sendAndAwait = pipeline::sendAndAwait;
        calls = 0;
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS_PER_CALL)
    public void dispatchCycles(JournaledEvents journaled) {
        for (int i = 1; i < CYCLES_PER_CALL; i++) {
            mix.nextCycle(send, send);
        }
        mix.nextCycle(send, sendAndAwait);
        journaled.events += eventsPerCall;
        calls++;
    }

    @TearDown(Level.Iteration)
    public void endShift() {
        long forced = pipeline.forcedBatches();
        String cpu = pipeline.cpuUse();
        pipeline.close();
        long commands = calls * COMMANDS_PER_CALL;
        if (durability == Durability.SYNC) {
            LOG.info("{} commands, {}; group commit: {} forces, {} commands per force", commands, cpu, forced,
                    forced == 0 ? "-" : String.format("%.1f", (double) commands / forced));
        } else {
            LOG.info("{} commands, {}", commands, cpu);
        }
        TempDirs.delete(directory.resolve("shift-" + (iteration - 1)));
    }

    @TearDown(Level.Trial)
    public void deleteDirectory() {
        TempDirs.delete(directory);
    }

    /** Journaled events, reported per second beside the commands. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class JournaledEvents {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }
}
