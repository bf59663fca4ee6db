package org.vigil.cad.telephony.ali;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.vigil.cad.telephony.CallSink;

/**
 * The legacy ALI spill listener: TCP, records framed STX..ETX, each answered ACK once its call is
 * journaled or NAK when the frame is broken (see docs/telephony.md). It runs on NIO event loops its caller
 * created and owns, and starts no thread: {@link #close()} closes its channels and leaves the groups running.
 */
public final class AliSpillServer implements AutoCloseable {
    private final AliSpillConfig config;
    private final AliRecordParser parser;
    private final CallSink sink;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final AliSpillMetrics metrics;
    private final ChannelGroup channels;
    private Channel serverChannel;

    public AliSpillServer(AliSpillConfig config, AliRecordParser parser, CallSink sink, EventLoopGroup boss,
                          EventLoopGroup workers, MeterRegistry registry) {
        this.config = Objects.requireNonNull(config, "config");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.boss = Objects.requireNonNull(boss, "boss");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.metrics = new AliSpillMetrics(Objects.requireNonNull(registry, "registry"));
        // The boss loop runs the group's bookkeeping, so no executor thread is started for it.
        this.channels = new DefaultChannelGroup("vigil-ali", boss.next());
    }

    /** Binds and returns the port actually listened on (useful with port 0). */
    public synchronized int start() {
        if (serverChannel != null) {
            throw new IllegalStateException("the ALI listener is already started");
        }
        ChannelFuture bound = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channels.add(channel);
                        channel.pipeline()
                                .addLast("ali-frames", new AliFrameDecoder(config.maxFrameBytes()))
                                .addLast("ali-calls", new AliSpillHandler(parser, sink, metrics,
                                        config.maxOutstandingOffers()));
                    }
                })
                .bind(config.host(), config.port())
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("the ALI listener cannot listen on " + config.host() + ":"
                    + config.port() + ": " + bound.cause().getMessage(), bound.cause());
        }
        serverChannel = bound.channel();
        channels.add(serverChannel);
        int port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        metrics.listening(config.host() + ":" + port);
        return port;
    }

    /** Stops listening and closes every open connection. */
    @Override
    public synchronized void close() {
        if (serverChannel != null) {
            channels.close().awaitUninterruptibly();
            serverChannel = null;
            metrics.stopped();
        }
    }
}
