package org.vigil.cad.telephony.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.vigil.cad.telephony.CallControl;
import org.vigil.cad.telephony.CallSink;

/**
 * The call-event feed (default 127.0.0.1:9111): newline-delimited JSON from the PBX, the text control
 * centre, telematics providers and alarm receivers, one answer line per message. See docs/telephony.md.
 */
public final class CallEventFeedServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 9111;
    private static final int MAX_LINE_BYTES = 64 * 1024;
    private static final int MAX_OUTSTANDING = 64;

    private final String host;
    private final int port;
    private final FeedRouter router;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private Channel channel;

    public CallEventFeedServer(String host, int port, CallSink sink, CallControl control, AlarmIntake alarms,
                               MeterRegistry metrics, EventLoopGroup boss, EventLoopGroup workers) {
        this.host = host;
        this.port = port;
        this.router = new FeedRouter(sink, control, alarms, metrics);
        this.boss = boss;
        this.workers = workers;
    }

    /** Binds and returns the port listened on (0 asks for a free one). */
    public synchronized int start() {
        channel = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new LineBasedFrameDecoder(MAX_LINE_BYTES, true, true))
                                .addLast(new StringDecoder(StandardCharsets.ISO_8859_1))
                                .addLast(new StringEncoder(StandardCharsets.UTF_8))
                                .addLast(new FeedChannelHandler(router, MAX_OUTSTANDING));
                    }
                })
                .bind(host, port).syncUninterruptibly().channel();
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
            channel = null;
        }
    }
}
