package org.vigil.cad.telephony.ali;

import java.util.Objects;

/**
 * Where the ALI listener listens and how much it holds.
 *
 * @param host                 interface to bind; loopback unless configured otherwise
 * @param port                 TCP port; 0 picks a free one
 * @param maxFrameBytes        the most bytes between STX and ETX; a longer frame is NAKed
 * @param maxOutstandingOffers calls per connection offered and not yet journaled before the listener
 *                             stops reading that connection (it resumes below half of this)
 */
public record AliSpillConfig(String host, int port, int maxFrameBytes, int maxOutstandingOffers) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9110;
    public static final int DEFAULT_MAX_OUTSTANDING_OFFERS = 64;

    public AliSpillConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("the frame limit must be at least 1 byte, not " + maxFrameBytes);
        }
        if (maxOutstandingOffers < 1) {
            throw new IllegalArgumentException("at least one offer must be allowed, not " + maxOutstandingOffers);
        }
    }

    /** 127.0.0.1:9110, 4 KiB frames, 64 outstanding offers per connection. */
    public static AliSpillConfig defaults() {
        return new AliSpillConfig(DEFAULT_HOST, DEFAULT_PORT, AliFrameDecoder.DEFAULT_MAX_FRAME_BYTES,
                DEFAULT_MAX_OUTSTANDING_OFFERS);
    }

    public AliSpillConfig withHost(String newHost) {
        return new AliSpillConfig(newHost, port, maxFrameBytes, maxOutstandingOffers);
    }

    public AliSpillConfig withPort(int newPort) {
        return new AliSpillConfig(host, newPort, maxFrameBytes, maxOutstandingOffers);
    }

    public AliSpillConfig withMaxFrameBytes(int newMaxFrameBytes) {
        return new AliSpillConfig(host, port, newMaxFrameBytes, maxOutstandingOffers);
    }

    public AliSpillConfig withMaxOutstandingOffers(int newMaxOutstandingOffers) {
        return new AliSpillConfig(host, port, maxFrameBytes, newMaxOutstandingOffers);
    }
}
