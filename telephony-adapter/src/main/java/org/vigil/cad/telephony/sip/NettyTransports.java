package org.vigil.cad.telephony.sip;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** The two ways a response goes back: a datagram to the sender, or a write on the same TCP connection. */
final class NettyTransports {
    private NettyTransports() {
    }

    static SipTransport datagram(Channel channel, InetSocketAddress sender, String advertisedHost) {
        return new Datagram(channel, sender, advertisedHost);
    }

    static SipTransport stream(Channel channel, String advertisedHost) {
        return new Stream(channel, advertisedHost);
    }

    private abstract static class Base implements SipTransport {
        final Channel channel;
        private final String advertisedHost;

        Base(Channel channel, String advertisedHost) {
            this.channel = channel;
            this.advertisedHost = advertisedHost;
        }

        @Override
        public String localHost() {
            return advertisedHost;
        }

        @Override
        public int localPort() {
            return ((InetSocketAddress) channel.localAddress()).getPort();
        }

        @Override
        public void schedule(Runnable task, long delayMillis) {
            channel.eventLoop().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private static final class Datagram extends Base {
        private final InetSocketAddress sender;

        Datagram(Channel channel, InetSocketAddress sender, String advertisedHost) {
            super(channel, advertisedHost);
            this.sender = sender;
        }

        @Override
        public String protocol() {
            return "UDP";
        }

        @Override
        public boolean reliable() {
            return false;
        }

        @Override
        public InetSocketAddress remote() {
            return sender;
        }

        @Override
        public void send(byte[] message) {
            channel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(message), sender));
        }
    }

    private static final class Stream extends Base {
        Stream(Channel channel, String advertisedHost) {
            super(channel, advertisedHost);
        }

        @Override
        public String protocol() {
            return "TCP";
        }

        @Override
        public boolean reliable() {
            return true;
        }

        @Override
        public InetSocketAddress remote() {
            return (InetSocketAddress) channel.remoteAddress();
        }

        @Override
        public void send(byte[] message) {
            channel.writeAndFlush(Unpooled.wrappedBuffer(message));
        }
    }
}
