package org.vigil.cad.server;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.console.ConsoleHttpServer;
import org.vigil.cad.console.board.CallBoard;
import org.vigil.cad.console.ConsoleServerConfig;
import org.vigil.cad.console.ConsoleServices;
import org.vigil.cad.console.JournalPosition;
import org.vigil.cad.console.UserStore;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.gateway.SystemMicrosClock;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.pipeline.CommandPipeline;
import org.vigil.cad.core.pipeline.PipelineConfig;
import org.vigil.cad.core.recovery.RecoveredEngine;
import org.vigil.cad.core.recovery.Recovery;
import org.vigil.cad.core.recovery.ReplayProgress;
import org.vigil.cad.core.snapshot.SnapshotStore;

/**
 * The assembly: recovers the engine, wires journal, pipeline and console, and starts the only threads
 * Vigil has (the ring's stages, Netty's loops, the tick and snapshot scheduler, password checks).
 */
final class VigilServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VigilServer.class);

    private final ServerSettings settings;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private ChronicleJournal journal;
    private SnapshotStore snapshots;
    private CommandPipeline pipeline;
    private ConsoleHttpServer console;
    private TelephonyListeners telephony;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private ScheduledExecutorService scheduler;
    private ExecutorService passwordChecks;
    private RecoveredEngine recovered;
    private long recoveredHash;
    private int httpPort;

    VigilServer(ServerSettings settings) {
        this.settings = settings;
    }

    VigilServer start() throws IOException {
        DataDirectory data = settings.data().create();
        EngineConfig engineConfig = EngineSettings.loadOrCreate(data, settings.zone());
        journal = ChronicleJournal.builder(data.journal()).durability(settings.durability()).open();
        snapshots = new SnapshotStore(data.snapshots());
        recovered = Recovery.recover(engineConfig, snapshots.loadNewestValid(), journal, ReplayProgress.NONE);
        recoveredHash = recovered.engine().stateHash();
        bindMetrics();

        JournalPosition position = new JournalPosition(recovered.lastIndex());
        CallBoard calls = new CallBoard();
        calls.seed(recovered.engine().state());
        pipeline = new CommandPipeline(recovered.engine(), journal, List.of(position, calls), new StoreSnapshotter(snapshots),
                new SystemMicrosClock(), new PipelineConfig(settings.ringSize(), settings.waitStrategy()),
                new NamedThreads("pipeline", false), metrics);

        boss = new MultiThreadIoEventLoopGroup(1, new NamedThreads("http-boss", true), NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(2, new NamedThreads("http", true), NioIoHandler.newFactory());
        passwordChecks = Executors.newFixedThreadPool(2, new NamedThreads("password", true));
        ConsoleServices services = new ConsoleServices(pipeline, position, calls, UserStore.open(data.root()), metrics,
                Clock.systemUTC(), passwordChecks);
        console = new ConsoleHttpServer(ConsoleServerConfig.defaults().withHost(settings.host())
                .withPort(settings.ports().http()), services, boss, workers);
        httpPort = console.start();
        telephony = new TelephonyListeners(settings, pipeline.gateway(), metrics, boss, workers).start();

        scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreads("timers", true));
        scheduler.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        long every = settings.snapshotInterval().toSeconds();
        scheduler.scheduleAtFixedRate(this::snapshot, every, every, TimeUnit.SECONDS);
        return this;
    }

    int httpPort() {
        return httpPort;
    }

    TelephonyListeners telephony() {
        return telephony;
    }

    RecoveredEngine recovered() {
        return recovered;
    }

    long recoveredHash() {
        return recoveredHash;
    }

    /** Stops taking calls and requests, saves a snapshot of the final state, drains the ring and closes the journal. */
    @Override
    public void close() {
        if (telephony != null) {
            telephony.close();
        }
        if (console != null) {
            console.close();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (pipeline != null) {
            snapshotAndWait();
            pipeline.close();
        }
        if (journal != null) {
            journal.close();
        }
        shutdown(boss);
        shutdown(workers);
        if (passwordChecks != null) {
            passwordChecks.shutdownNow();
        }
    }

    private void tick() {
        try {
            pipeline.gateway().send(new Command.Tick(), Operator.SYSTEM);
        } catch (RuntimeException e) {
            // A failed pipeline is already alarmed; keep the schedule alive for when it is restarted.
            LOG.debug("tick refused: {}", e.getMessage());
        }
    }

    private void snapshot() {
        pipeline.snapshot().whenComplete((index, failure) -> {
            if (failure != null) {
                LOG.warn("snapshot failed: {}", failure.toString());
            } else if (index >= 0) {
                LOG.info("snapshot saved at journal index {}", index);
            }
        });
    }

    private void snapshotAndWait() {
        if (pipeline.health().isFailed()) {
            return;
        }
        try {
            long index = pipeline.snapshot().get(30, TimeUnit.SECONDS);
            if (index < 0) {
                LOG.info("the journal is empty; no final snapshot needed");
            } else {
                LOG.info("final snapshot saved at journal index {}", index);
            }
        } catch (Exception e) {
            LOG.warn("final snapshot failed; the next start replays the journal instead: {}", e.toString());
        }
    }

    private void bindMetrics() {
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
    }

    private static void shutdown(EventLoopGroup group) {
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
