package org.vigil.cad.telephony.sip;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.TimeUnit;
import org.vigil.cad.core.testing.VigilThreads;

/** A real SipServer on loopback with a free port, test-owned event loops and a recording sink. */
final class SipServerHarness implements AutoCloseable {
    final RecordingCallSink sink = new RecordingCallSink();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new VigilThreads("sip-boss"),
            NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, new VigilThreads("sip-io"),
            NioIoHandler.newFactory());
    final SipServer server;
    final int port;

    SipServerHarness() {
        this(SipServerConfig.defaults().withPort(0));
    }

    SipServerHarness(SipServerConfig config) {
        server = new SipServer(config, boss, workers, sink, registry);
        SipServer.BoundPorts ports = server.start();
        port = ports.udp();
    }

    double counter(String name) {
        return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Override
    public void close() {
        server.close();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
