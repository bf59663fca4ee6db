package org.vigil.cad.telephony.simulator;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;
import org.vigil.cad.telephony.ali.AliSpillConfig;
import org.vigil.cad.telephony.ali.AliSpillServer;
import org.vigil.cad.telephony.sip.SipServer;
import org.vigil.cad.telephony.sip.SipServerConfig;

/**
 * Vigil's real ALI and SIP listeners on free loopback ports, on event loops the test owns, handing calls to the
 * sink given; and one more event loop for the generator, apart from the listeners', as a separate machine's.
 */
final class VigilListeners implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final EventLoopGroup generatorLoop = new MultiThreadIoEventLoopGroup(1, new VigilThreads("generator"),
            NioIoHandler.newFactory());
    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new VigilThreads("listener-boss"),
            NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, new VigilThreads("listener-io"),
            NioIoHandler.newFactory());
    private final AliSpillServer ali;
    private final SipServer sip;
    final int aliPort;
    final int sipPort;

    VigilListeners(CallSink sink) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ali = new AliSpillServer(AliSpillConfig.defaults().withPort(0), new AliRecordParser(AliLayout.jefferson911ai()),
                sink, boss, workers, registry);
        sip = new SipServer(SipServerConfig.defaults().withPort(0), boss, workers, sink, registry);
        aliPort = ali.start();
        sipPort = sip.start().udp();
    }

    @Override
    public void close() {
        sip.close();
        ali.close();
        for (EventLoopGroup group : new EventLoopGroup[] {generatorLoop, boss, workers}) {
            if (!group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(WAIT.toMillis())) {
                throw new IllegalStateException("event loops did not stop within " + WAIT);
            }
        }
    }
}
