package org.vigil.cad.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.journal.Durability;

/**
 * The whole pipeline (page-cache journal) fed only unit status changes, or only AVL fixes, pre-built:
 * run with {@code -prof gc} to see what the gateway, the three stages and the journal allocate per
 * command. The pipeline lives for the whole trial, so its stage threads are alive at every
 * {@code -prof gc} sample; these two commands do not grow the state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(2)
public class PipelineAllocationBenchmark {
    static final int COMMANDS_PER_CALL = 10 * 2 * DispatchMix.UNITS;

    private Path directory;
    private PipelineFixture pipeline;
    private Command[] statusRound;
    private Command[] avlFixes;

    @Setup(Level.Trial)
    public void startPipeline() {
        directory = TempDirs.create("vigil-pipeline-alloc-bench");
        pipeline = new PipelineFixture(directory, Durability.PAGE_CACHE);
        statusRound = UnitCommands.statusRound();
        avlFixes = UnitCommands.avlFixes(COMMANDS_PER_CALL);
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS_PER_CALL)
    public void statusChanges() {
        sendAll(statusRound, DispatchMix.DISPATCHER);
    }

    @Benchmark
    @OperationsPerInvocation(COMMANDS_PER_CALL)
    public void avlFixes() {
        sendAll(avlFixes, DispatchMix.AVL_FEED);
    }

    @TearDown(Level.Trial)
    public void stopPipeline() {
        try {
            pipeline.close();
        } finally {
            TempDirs.delete(directory);
        }
    }

    /** {@value #COMMANDS_PER_CALL} commands, going round {@code commands}; waits for the last to be journaled. */
    private void sendAll(Command[] commands, Operator operator) {
        for (int i = 1; i < COMMANDS_PER_CALL; i++) {
            pipeline.send(commands[(i - 1) % commands.length], operator);
        }
        pipeline.sendAndAwait(commands[(COMMANDS_PER_CALL - 1) % commands.length], operator);
    }
}
