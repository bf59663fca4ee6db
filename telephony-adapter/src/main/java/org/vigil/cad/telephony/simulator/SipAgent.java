package org.vigil.cad.telephony.simulator;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.telephony.sip.SipMessage;
import org.vigil.cad.telephony.sip.SipMessageParser;
import org.vigil.cad.telephony.sip.SipParseResult;

/**
 * The generator's SIP user agent: one UDP socket connected to Vigil's SIP port, the calls in progress by
 * Call-ID, and each response handed to its call. Runs on one event loop.
 */
final class SipAgent extends SimpleChannelInboundHandler<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(SipAgent.class);
    /** Room for the answers to a burst of calls (a late loop catching up), so the kernel drops none. */
    private static final int RECEIVE_BUFFER_BYTES = 4 << 20;

    private final GeneratorCounters counters;
    private final GeneratorSettings settings;
    private final Runnable callFinished;
    private final Map<String, OutgoingSipCall> calls = new HashMap<>();
    private Channel channel;
    private SipInviteWriter writer;

    SipAgent(GeneratorCounters counters, GeneratorSettings settings, Runnable callFinished) {
        this.counters = counters;
        this.settings = settings;
        this.callFinished = callFinished;
    }

    /**
     * Binds an ephemeral port and connects it to Vigil's: the socket then knows the local address that reaches
     * Vigil, which INVITEs must name, and takes datagrams only from Vigil.
     */
    ChannelFuture open(EventLoop loop) {
        ChannelFuture connected = new Bootstrap().group(loop).channel(NioDatagramChannel.class)
                .option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
                .handler(this)
                .connect(new InetSocketAddress(settings.host(), settings.sipPort()));
        channel = connected.channel();
        return connected.addListener(done -> {
            if (done.isSuccess()) {
                InetSocketAddress local = (InetSocketAddress) channel.localAddress();
                writer = new SipInviteWriter(local.getAddress().getHostAddress(), local.getPort());
            }
        });
    }

    /** Writes this agent's requests; known once {@link #open} has succeeded. */
    SipInviteWriter writer() {
        return writer;
    }

    void place(SyntheticCall.SipCall call) {
        OutgoingSipCall outgoing = new OutgoingSipCall(this, call, counters, settings.sipT1(), settings.sipHold());
        calls.put(outgoing.callId(), outgoing);
        outgoing.start();
    }

    void send(byte[] message) {
        channel.writeAndFlush(Unpooled.wrappedBuffer(message));
    }

    ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return channel.eventLoop().schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    void finished(OutgoingSipCall call) {
        if (calls.remove(call.callId(), call)) {
            callFinished.run();
        }
    }

    /** Ends the calls still in progress, counting those whose hang-up went unanswered, and closes the socket. */
    ChannelFuture close() {
        for (OutgoingSipCall call : new ArrayList<>(calls.values())) {
            call.abandonAtEnd();
        }
        calls.clear();
        return channel.close();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        SipParseResult parsed = SipMessageParser.parse(ByteBufUtil.getBytes(packet.content()));
        SipMessage message = parsed.message();
        if (!parsed.ok() || !message.isResponse()) {
            LOG.warn("SIP from {} is not a response the generator can use: {}", packet.sender(),
                    parsed.ok() ? message.method() : parsed.error());
            counters.failures.incrementAndGet();
            return;
        }
        OutgoingSipCall call = calls.get(message.callId());
        if (call != null) {
            call.onResponse(message);
        }
    }

    /** A UDP socket reports an ICMP "port unreachable" this way: no SIP listener there. */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("SIP socket to {}:{} failed: {}", settings.host(), settings.sipPort(), cause.toString());
        counters.failures.incrementAndGet();
    }
}
