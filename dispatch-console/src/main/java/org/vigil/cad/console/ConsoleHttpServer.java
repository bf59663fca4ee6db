package org.vigil.cad.console;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import org.vigil.cad.console.api.ApiRoutes;
import org.vigil.cad.console.http.ApiGate;
import org.vigil.cad.console.http.ConsoleChannelInitializer;
import org.vigil.cad.console.http.JsonCodec;

/**
 * The operators' HTTP API on Netty. It runs on event loops its caller created and owns: {@link #close()}
 * unbinds and closes its connections but leaves the groups running.
 */
public final class ConsoleHttpServer implements AutoCloseable {
    private final ConsoleServerConfig config;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ConsoleChannelInitializer initializer;
    private final ChannelGroup channels;
    private Channel serverChannel;

    public ConsoleHttpServer(ConsoleServerConfig config, ConsoleServices services, EventLoopGroup boss,
                             EventLoopGroup workers) {
        this.config = config;
        this.boss = boss;
        this.workers = workers;
        JsonCodec json = new JsonCodec();
        Sessions sessions = new Sessions(services.clock(), config.sessionIdleTimeout());
        ApiGate gate = new ApiGate(ApiRoutes.build(services, sessions, json), sessions, json);
        this.initializer = new ConsoleChannelInitializer(gate, json, config.maxBodyBytes(), config.requestTimeout(),
                services.metrics());
        // The boss loop runs the group's bookkeeping, so no extra executor thread is started.
        this.channels = new DefaultChannelGroup("vigil-console", boss.next());
    }

    /** Binds and returns the port actually listened on (useful with port 0). */
    public synchronized int start() {
        if (serverChannel != null) {
            throw new IllegalStateException("the console server is already started");
        }
        ChannelFuture bound = new ServerBootstrap()
                .group(boss, workers)
                .channel(serverChannelType(boss))
                .handler(new Tracker(channels))
                .childHandler(initializer)
                .bind(config.host(), config.port())
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("the console cannot listen on " + config.host() + ":" + config.port()
                    + ": " + bound.cause().getMessage(), bound.cause());
        }
        serverChannel = bound.channel();
        channels.add(serverChannel);
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Stops listening and closes every open connection. */
    @Override
    public synchronized void close() {
        if (serverChannel != null) {
            channels.close().awaitUninterruptibly();
            serverChannel = null;
        }
    }

    /** The server channel must match the kind of event loop the caller chose: epoll or NIO. */
    private static Class<? extends ServerChannel> serverChannelType(EventLoopGroup group) {
        if (group instanceof IoEventLoopGroup io && io.isIoType(EpollIoHandler.class)) {
            return EpollServerSocketChannel.class;
        }
        return NioServerSocketChannel.class;
    }

    /** Remembers each accepted connection, so close() can close it. */
    @ChannelHandler.Sharable
    private static final class Tracker extends ChannelInboundHandlerAdapter {
        private final ChannelGroup channels;

        Tracker(ChannelGroup channels) {
            this.channels = channels;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object accepted) {
            if (accepted instanceof Channel child) {
                channels.add(child);
            }
            ctx.fireChannelRead(accepted);
        }
    }
}
