package org.vigil.cad.bench.telephony;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;
import org.vigil.cad.telephony.ali.AliSpillConfig;
import org.vigil.cad.telephony.ali.AliSpillServer;

/**
 * The ALI listener alone, for attributing the load's latency: the real {@link AliSpillServer} (framing,
 * parsing, ordered answers) whose sink reports every call journaled at once, so no pipeline and no journal.
 */
final class InstantAliServer implements AutoCloseable {
    private final AliSpillServer ali;
    private final int port;

    InstantAliServer(EventLoopGroup boss, EventLoopGroup workers) {
        ali = new AliSpillServer(AliSpillConfig.defaults().withPort(0), new AliRecordParser(AliLayout.jefferson911ai()),
                new InstantSink(), boss, workers, new SimpleMeterRegistry());
        port = ali.start();
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        ali.close();
    }

    private static final class InstantSink implements CallSink {
        private static final CompletableFuture<Long> JOURNALED = CompletableFuture.completedFuture(0L);
        private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

        @Override
        public CompletableFuture<Long> offer(InboundCall call) {
            return JOURNALED;
        }

        @Override
        public CompletableFuture<Void> hungUp(long callId) {
            return DONE;
        }

        @Override
        public CompletableFuture<Void> textFromCaller(long callId, String text) {
            return DONE;
        }
    }
}
