package org.vigil.cad.telephony.sip;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/** Each UDP datagram is one SIP message (RFC 3261 18.3); blank keep-alive datagrams are dropped. */
@ChannelHandler.Sharable
final class SipDatagramHandler extends SimpleChannelInboundHandler<DatagramPacket> {
    private final SipRequestHandler handler;
    private final SipServerConfig config;

    SipDatagramHandler(SipRequestHandler handler, SipServerConfig config) {
        this.handler = handler;
        this.config = config;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        byte[] bytes = ByteBufUtil.getBytes(packet.content());
        if (isKeepAlive(bytes)) {
            return;
        }
        SipTransport transport = NettyTransports.datagram(ctx.channel(), packet.sender(), config.advertisedHost());
        if (bytes.length > config.maxMessageBytes()) {
            handler.onOversized(bytes, bytes.length, transport);
        } else {
            handler.onMessage(bytes, transport);
        }
    }

    private static boolean isKeepAlive(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\r' && b != '\n' && b != 0) {
                return false;
            }
        }
        return true;
    }
}
