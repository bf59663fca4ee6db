package org.vigil.cad.telephony.simulator;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.telephony.ali.AliBytes;

/**
 * One persistent ALI link to Vigil, as a 9-1-1 controller holds it: frames go out in order, and since Vigil
 * answers in frame order, each ACK or NAK answers the oldest frame still unanswered. Runs on one event loop.
 */
final class AliLink extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(AliLink.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final GeneratorCounters counters;
    private final Runnable callFinished;
    /** Frames sent and not yet answered. */
    private int unanswered;
    private Channel channel;
    private boolean closing;

    AliLink(GeneratorCounters counters, Runnable callFinished) {
        this.counters = counters;
        this.callFinished = callFinished;
    }

    ChannelFuture connect(EventLoop loop, String host, int port) {
        ChannelFuture connected = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .handler(this)
                .connect(host, port);
        channel = connected.channel();
        return connected;
    }

    /** Sends one framed record; open loop, so it never waits for earlier answers. */
    void send(SyntheticCall call) {
        counters.aliSent.incrementAndGet();
        if (!channel.isActive()) {
            counters.failures.incrementAndGet();
            callFinished.run();
            return;
        }
        unanswered++;
        channel.writeAndFlush(Unpooled.wrappedBuffer(call.bytes()));
    }

    ChannelFuture close() {
        closing = true;
        return channel.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        ByteBuf bytes = (ByteBuf) message;
        try {
            while (bytes.isReadable()) {
                answer(bytes.readByte());
            }
        } finally {
            bytes.release();
        }
    }

    private void answer(byte answer) {
        if (answer != AliBytes.ACK && answer != AliBytes.NAK) {
            LOG.warn("ALI link {}: unexpected byte 0x{} instead of ACK or NAK", channel.remoteAddress(),
                    Integer.toHexString(answer & 0xff));
            counters.failures.incrementAndGet();
            return;
        }
        if (unanswered == 0) {
            LOG.warn("ALI link {}: an answer with no frame outstanding", channel.remoteAddress());
            counters.failures.incrementAndGet();
            return;
        }
        unanswered--;
        (answer == AliBytes.ACK ? counters.aliAcked : counters.aliNaked).incrementAndGet();
        callFinished.run();
    }

    /** Vigil closed the link: frames still unanswered never will be. */
    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (!closing && unanswered > 0) {
            LOG.warn("ALI link {} closed with {} frame(s) unanswered", channel.remoteAddress(), unanswered);
            counters.failures.incrementAndGet();
        }
        for (; unanswered > 0; unanswered--) {
            callFinished.run();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("ALI link {} failed", channel.remoteAddress(), cause);
        counters.failures.incrementAndGet();
        ctx.close();
    }
}
