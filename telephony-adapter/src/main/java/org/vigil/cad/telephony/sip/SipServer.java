package org.vigil.cad.telephony.sip;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.vigil.cad.telephony.CallSink;

/**
 * The NG9-1-1 SIP listener: UDP and TCP on one port (default 127.0.0.1:5060), taking INVITE with PIDF-LO and
 * Additional Data, ACK, BYE, CANCEL, OPTIONS and MESSAGE, and handing calls to a {@link CallSink}. It runs on
 * the NIO event loops its caller owns and starts no thread; {@link #close()} unbinds and closes connections
 * but leaves the groups running.
 */
public final class SipServer implements AutoCloseable {
    private static final int BIND_ATTEMPTS = 10;
    private static final int LARGEST_DATAGRAM = 65_536;
    private static final int UDP_RECEIVE_BUFFER_BYTES = 4 << 20;

    /** The ports actually bound; the same number, unless a fixed port was configured and only one bound. */
    public record BoundPorts(int udp, int tcp) {
    }

    private final SipServerConfig config;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final SipRequestHandler handler;
    private final ChannelGroup channels;
    private BoundPorts ports;

    /**
     * @param config   where to listen and the protocol limits
     * @param boss     accepts TCP connections (NIO event loops)
     * @param workers  serves the UDP socket and the TCP connections (NIO event loops)
     * @param sink     where calls go
     * @param registry receives the vigil.sip.* counters
     */
    public SipServer(SipServerConfig config, EventLoopGroup boss, EventLoopGroup workers, CallSink sink,
                     MeterRegistry registry) {
        this.config = Objects.requireNonNull(config, "config");
        this.boss = requireNio(boss);
        this.workers = requireNio(workers);
        this.handler = new SipRequestHandler(config, Objects.requireNonNull(sink, "sink"),
                new SipMetrics(Objects.requireNonNull(registry, "registry")));
        // The boss loop runs the group's bookkeeping, so no extra executor thread is started.
        this.channels = new DefaultChannelGroup("vigil-sip", boss.next());
    }

    /** Binds UDP and TCP to the same port and returns it; with port 0, a free one is chosen. */
    public synchronized BoundPorts start() {
        if (ports != null) {
            throw new IllegalStateException("the SIP server is already started");
        }
        IllegalStateException last = null;
        for (int attempt = 0; attempt < (config.port() == 0 ? BIND_ATTEMPTS : 1); attempt++) {
            Channel tcp = bind(tcpBootstrap().bind(config.host(), config.port()), "TCP", config.port());
            int port = ((InetSocketAddress) tcp.localAddress()).getPort();
            ChannelFuture udp = udpBootstrap().bind(config.host(), port).awaitUninterruptibly();
            if (udp.isSuccess()) {
                channels.add(tcp);
                channels.add(udp.channel());
                ports = new BoundPorts(port, port);
                return ports;
            }
            tcp.close().awaitUninterruptibly();
            last = new IllegalStateException("SIP cannot listen on UDP " + config.host() + ":" + port + ": "
                    + udp.cause().getMessage(), udp.cause());
        }
        throw last;
    }

    /** Stops listening and closes every open connection. */
    @Override
    public synchronized void close() {
        if (ports != null) {
            channels.close().awaitUninterruptibly();
            ports = null;
        }
    }

    private Channel bind(ChannelFuture future, String protocol, int port) {
        future.awaitUninterruptibly();
        if (!future.isSuccess()) {
            throw new IllegalStateException("SIP cannot listen on " + protocol + " " + config.host() + ":" + port
                    + ": " + future.cause().getMessage(), future.cause());
        }
        return future.channel();
    }

    private Bootstrap udpBootstrap() {
        return new Bootstrap()
                .group(workers)
                .channel(NioDatagramChannel.class)
                // One read per datagram, large enough that no SIP datagram is cut short.
                .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(LARGEST_DATAGRAM))
                // A burst of INVITEs must wait in the kernel, not be dropped there: the default buffer
                // (about 200 KiB) overflowed at 1,000 calls/s; the kernel caps what it grants.
                .option(ChannelOption.SO_RCVBUF, UDP_RECEIVE_BUFFER_BYTES)
                .handler(new SipDatagramHandler(handler, config));
    }

    private ServerBootstrap tcpBootstrap() {
        return new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .handler(new ConnectionTracker(channels))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast("sip-framer", new SipStreamFramer(config.maxMessageBytes()))
                                .addLast("sip-handler", new SipStreamHandler(handler, config.advertisedHost()));
                    }
                });
    }

    private static EventLoopGroup requireNio(EventLoopGroup group) {
        Objects.requireNonNull(group, "event loop group");
        if (group instanceof IoEventLoopGroup io && !io.isIoType(NioIoHandler.class)) {
            throw new IllegalArgumentException("the SIP server runs on NIO event loops (NioIoHandler)");
        }
        return group;
    }

    /** Remembers each accepted connection, so close() can close it. */
    @ChannelHandler.Sharable
    private static final class ConnectionTracker extends ChannelInboundHandlerAdapter {
        private final ChannelGroup channels;

        ConnectionTracker(ChannelGroup channels) {
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
