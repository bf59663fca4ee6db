package org.vigil.cad.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.journal.Durability;
import org.vigil.cad.core.pipeline.CommandGateway;
import org.vigil.cad.core.pipeline.CommandPipeline;
import org.vigil.cad.core.pipeline.CommandResult;
import org.vigil.cad.core.pipeline.PipelineConfig;
import org.vigil.cad.core.pipeline.WaitStrategyKind;

/**
 * The production pipeline over a {@link ChronicleJournal} in a directory of its own: a fresh engine
 * given the {@link DispatchMix} roster, the default ring (4096 slots; the Blocking wait strategy unless
 * told otherwise), no publish listeners, no snapshots, a {@link SteppingClock} at the gateway.
 */
final class PipelineFixture implements AutoCloseable {
    private final ChronicleJournal journal;
    private final CommandPipeline pipeline;
    private final CommandGateway gateway;
    private final CpuMeter cpu = new CpuMeter();

    PipelineFixture(Path directory, Durability durability) {
        this(directory, durability, PipelineConfig.defaults().waitStrategy());
    }

    PipelineFixture(Path directory, Durability durability, WaitStrategyKind waitStrategy) {
        journal = ChronicleJournal.builder(directory).durability(durability).open();
        PipelineConfig ring = new PipelineConfig(PipelineConfig.defaults().ringSize(), waitStrategy);
        pipeline = new CommandPipeline(new DispatchEngine(EngineConfig.defaults()), journal, List.of(), null,
                new SteppingClock(), ring, cpu.threadFactory("engine", "journal", "publish"),
                new SimpleMeterRegistry());
        gateway = pipeline.gateway();
        DispatchMix.roster(this::send);
        awaitJournaled();
    }

    /** Puts a command on the ring without waiting for it. */
    void send(Command command, Operator operator) {
        gateway.send(command, operator);
    }

    /** Puts a command on the ring and waits until it, and everything before it, is journaled; a refusal fails. */
    void sendAndAwait(Command command, Operator operator) {
        CommandResult result = gateway.submit(command, operator).join();
        if (!result.accepted()) {
            throw new IllegalStateException(command.name() + " was refused: " + result.rejection().orElseThrow());
        }
    }

    /** Waits until everything sent so far is journaled. */
    void awaitJournaled() {
        pipeline.stateHash().join();
    }

    /** Group commits (forces) the journal has done; 0 in page-cache durability. */
    long forcedBatches() {
        return journal.forcedBatches();
    }

    /**
     * Cores used by the process and by each stage thread since the pipeline started; read before
     * {@link #close()}. The Disruptor starts its processors in the order the pipeline added them.
     */
    String cpuUse() {
        return cpu.coresUsed();
    }

    /** Checks that the engine refused nothing and the journal never failed, then stops both. */
    @Override
    public void close() {
        try {
            if (pipeline.health().isFailed()) {
                throw new IllegalStateException("the pipeline failed: " + pipeline.health().failureReason());
            }
            long rejected = pipeline.query(engine -> engine.state().rejectedCommands()).join();
            if (rejected != 0) {
                throw new IllegalStateException("the engine refused " + rejected
                        + " commands, so the figures would not be of the mix");
            }
        } finally {
            pipeline.close();
            journal.close();
        }
    }
}
