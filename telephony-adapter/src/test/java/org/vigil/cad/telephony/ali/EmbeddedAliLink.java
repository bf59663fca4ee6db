package org.vigil.cad.telephony.ali;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import org.vigil.cad.telephony.CallSink;

/** One ALI connection's pipeline (decoder and handler) on Netty's EmbeddedChannel, with its meters. */
final class EmbeddedAliLink implements AutoCloseable {
    static final AliRecordParser PARSER = new AliRecordParser(AliLayout.jefferson911ai());

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final EmbeddedChannel channel;

    EmbeddedAliLink(CallSink sink, int maxOutstanding) {
        AliSpillMetrics metrics = new AliSpillMetrics(registry);
        metrics.listening("embedded");
        channel = new EmbeddedChannel(new AliFrameDecoder(), new AliSpillHandler(PARSER, sink, metrics, maxOutstanding));
    }

    /** Delivers one read and runs what it scheduled (answers are written from the event loop). */
    void send(byte[] bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        channel.runPendingTasks();
    }

    /** Every answer byte written since the last call. */
    byte[] answers() {
        channel.runPendingTasks();
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        for (ByteBuf written = channel.readOutbound(); written != null; written = channel.readOutbound()) {
            byte[] bytes = new byte[written.readableBytes()];
            written.readBytes(bytes);
            written.release();
            answers.writeBytes(bytes);
        }
        return answers.toByteArray();
    }

    double records(String result) {
        Counter counter = registry.find("vigil.ali.records").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    double counter(String name) {
        Counter counter = registry.find(name).counter();
        return counter == null ? 0 : counter.count();
    }

    double gauge(String name) {
        Gauge gauge = registry.find(name).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    boolean reading() {
        return channel.config().isAutoRead();
    }

    static byte[] bytes(byte... answers) {
        return answers;
    }

    @Override
    public void close() {
        channel.finishAndReleaseAll();
    }
}
