package org.vigil.cad.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.pipeline.CommandPipeline;
import org.vigil.cad.core.pipeline.PipelineConfig;
import org.vigil.cad.core.testing.VigilThreads;

/** The real dispatch core behind a telephony test: engine, Chronicle journal in a temp dir, pipeline. */
public final class RealPipeline implements AutoCloseable {
    private final AtomicLong clock = new AtomicLong(1_767_225_600_000_000L);
    private final ChronicleJournal journal;
    private final CommandPipeline pipeline;
    private final GatewayCallSink sink;

    public RealPipeline(Path dir) {
        journal = ChronicleJournal.builder(dir.resolve("journal")).open();
        pipeline = new CommandPipeline(new DispatchEngine(EngineConfig.defaults()), journal, List.of(), null,
                () -> clock.addAndGet(1_000), PipelineConfig.defaults(), new VigilThreads("telephony"),
                new SimpleMeterRegistry());
        sink = new GatewayCallSink(pipeline.gateway());
    }

    public GatewayCallSink sink() {
        return sink;
    }

    public CommandPipeline pipeline() {
        return pipeline;
    }

    public ChronicleJournal journal() {
        return journal;
    }

    /** Reads the engine's state on its own thread, after everything submitted before. */
    public <T> T state(Function<EngineState, T> question) throws Exception {
        return pipeline.query(engine -> question.apply(engine.state())).get(10, TimeUnit.SECONDS);
    }

    public <T> T engine(Function<DispatchEngine, T> question) throws Exception {
        return pipeline.query(question).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        pipeline.close();
        journal.close();
    }
}
