package org.vigil.cad.bench.telephony;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import org.vigil.cad.telephony.ali.AliBytes;

/**
 * The floor for the ALI latency: a Netty server on the same kind of event loops and connection as the ALI
 * listener that answers every ETX it reads with one ACK at once. No framing objects, no parsing, no journal.
 */
final class EchoAnswerServer implements AutoCloseable {
    private final Channel channel;

    EchoAnswerServer(EventLoopGroup boss, EventLoopGroup workers) {
        ChannelFuture bound = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel child) {
                        child.pipeline().addLast(new AnswerEveryEtx());
                    }
                })
                .bind("127.0.0.1", 0)
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException("the echo server cannot listen", bound.cause());
        }
        channel = bound.channel();
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
    }

    private static final class AnswerEveryEtx extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            ByteBuf in = (ByteBuf) message;
            int frames = 0;
            try {
                for (int i = in.readerIndex(); i < in.writerIndex(); i++) {
                    if (in.getByte(i) == AliBytes.ETX) {
                        frames++;
                    }
                }
            } finally {
                in.release();
            }
            if (frames > 0) {
                ByteBuf answers = context.alloc().buffer(frames);
                for (int i = 0; i < frames; i++) {
                    answers.writeByte(AliBytes.ACK);
                }
                context.writeAndFlush(answers);
            }
        }
    }
}
