package org.vigil.cad.telephony.sip;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each framed TCP message to the request handler; closes the connection after an unframeable one. */
final class SipStreamHandler extends SimpleChannelInboundHandler<SipFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(SipStreamHandler.class);

    private final SipRequestHandler handler;
    private final String advertisedHost;

    SipStreamHandler(SipRequestHandler handler, String advertisedHost) {
        this.handler = handler;
        this.advertisedHost = advertisedHost;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, SipFrame frame) {
        SipTransport transport = NettyTransports.stream(ctx.channel(), advertisedHost);
        if (frame.oversized()) {
            handler.onOversized(frame.bytes(), frame.totalBytes(), transport);
        } else {
            handler.onMessage(frame.bytes(), transport);
        }
        if (frame.lastOnConnection()) {
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("SIP TCP connection {} failed; closing it", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }
}
