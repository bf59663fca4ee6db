package org.vigil.cad.telephony.ali;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.CallSink;

/** A real ALI listener on an ephemeral loopback port, on event loops the test owns. */
final class AliServerHarness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new VigilThreads("ali-boss"),
            NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, new VigilThreads("ali-io"),
            NioIoHandler.newFactory());
    final AliSpillServer server;
    final int port;

    AliServerHarness(CallSink sink, AliSpillConfig config) {
        server = new AliSpillServer(config.withPort(0), new AliRecordParser(AliLayout.jefferson911ai()), sink, boss,
                workers, registry);
        port = server.start();
    }

    AliServerHarness(CallSink sink) {
        this(sink, AliSpillConfig.defaults());
    }

    /** A second listener on this harness's event loops, for what happens beside the first. */
    AliSpillServer anotherServer(AliSpillConfig config) {
        return new AliSpillServer(config, new AliRecordParser(AliLayout.jefferson911ai()),
                RecordingSink.journalingAtOnce(), boss, workers, registry);
    }

    AliClient connect() throws IOException {
        return new AliClient(port, WAIT);
    }

    AliClient connect(int sendBufferBytes) throws IOException {
        return new AliClient(port, WAIT, sendBufferBytes);
    }

    double records(String result) {
        Counter counter = registry.find("vigil.ali.records").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    double gauge(String name) {
        Gauge gauge = registry.find(name).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    @Override
    public void close() {
        server.close();
        boolean stopped = boss.shutdownGracefully(0, 1, TimeUnit.SECONDS)
                .awaitUninterruptibly(WAIT.toSeconds(), TimeUnit.SECONDS)
                & workers.shutdownGracefully(0, 1, TimeUnit.SECONDS)
                .awaitUninterruptibly(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!stopped) {
            throw new IllegalStateException("the ALI test event loops did not stop within " + WAIT);
        }
    }
}
