package org.vigil.cad.bench.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.HdrHistogram.Histogram;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.gateway.SystemMicrosClock;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.journal.Durability;
import org.vigil.cad.core.pipeline.CommandPipeline;
import org.vigil.cad.core.pipeline.PipelineConfig;
import org.vigil.cad.telephony.GatewayCallSink;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;
import org.vigil.cad.telephony.ali.AliSpillConfig;
import org.vigil.cad.telephony.ali.AliSpillServer;

/**
 * The production ALI path as {@code cad serve} assembles it: an {@link AliSpillServer} on 127.0.0.1 (a free
 * port) with the shipped Jefferson layout, answering through {@link GatewayCallSink} over a fresh
 * {@link CommandPipeline} (default ring, {@code WaitStrategyKind.BLOCKING}, wall clock) and a
 * {@link ChronicleJournal} with page-cache durability. No publish listeners, no snapshots. An ACK leaves only
 * once the call is journaled.
 */
final class JournaledAliServer implements AutoCloseable {
    private final ChronicleJournal journal;
    private final CommandPipeline pipeline;
    private final TimedCallSink sink;
    private final AliSpillServer ali;
    private final int port;

    JournaledAliServer(Path directory, EventLoopGroup boss, EventLoopGroup workers, ThreadFactory stageThreads) {
        journal = ChronicleJournal.builder(directory).durability(Durability.PAGE_CACHE).open();
        pipeline = new CommandPipeline(new DispatchEngine(EngineConfig.defaults()), journal, List.of(), null,
                new SystemMicrosClock(), PipelineConfig.defaults(), stageThreads, new SimpleMeterRegistry());
        sink = new TimedCallSink(new GatewayCallSink(pipeline.gateway()));
        ali = new AliSpillServer(AliSpillConfig.defaults().withPort(0), new AliRecordParser(AliLayout.jefferson911ai()),
                sink, boss, workers, new SimpleMeterRegistry());
        port = ali.start();
    }

    int port() {
        return port;
    }

    /** The pipeline's offer-to-journaled times since the last call, nanoseconds (see {@link TimedCallSink}). */
    Histogram takeOfferNanos() {
        return sink.takeOfferNanos();
    }

    /** Commands the engine refused since the start (0 for a clean run of new calls and rebids). */
    long refusedCommands() {
        return pipeline.query(engine -> engine.state().rejectedCommands()).join();
    }

    /** Calls the engine holds, each a new call of the run (rebids add to their call). */
    long calls() {
        return pipeline.query(engine -> (long) engine.state().calls().size()).join();
    }

    @Override
    public void close() {
        try {
            ali.close();
            if (pipeline.health().isFailed()) {
                throw new IllegalStateException("the pipeline failed: " + pipeline.health().failureReason());
            }
        } finally {
            pipeline.close();
            journal.close();
        }
    }
}
