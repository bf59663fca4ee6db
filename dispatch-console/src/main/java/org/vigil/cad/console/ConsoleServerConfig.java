package org.vigil.cad.console;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the console API listens.
 *
 * @param host               interface to bind; loopback unless the PSAP configures otherwise
 * @param port               TCP port, 0 for an ephemeral one (tests)
 * @param maxBodyBytes       largest request body accepted; larger ones get 413
 * @param sessionIdleTimeout a session ends after this long without a request
 * @param requestTimeout     how long a request may wait for the pipeline before it is answered 503
 */
public record ConsoleServerConfig(String host, int port, int maxBodyBytes, Duration sessionIdleTimeout,
                                  Duration requestTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8911;
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public ConsoleServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("max body bytes must be positive: " + maxBodyBytes);
        }
        requirePositive(sessionIdleTimeout, "session idle timeout");
        requirePositive(requestTimeout, "request timeout");
    }

    public static ConsoleServerConfig defaults() {
        return new ConsoleServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES,
                Sessions.DEFAULT_IDLE_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    public ConsoleServerConfig withHost(String newHost) {
        return new ConsoleServerConfig(newHost, port, maxBodyBytes, sessionIdleTimeout, requestTimeout);
    }

    public ConsoleServerConfig withPort(int newPort) {
        return new ConsoleServerConfig(host, newPort, maxBodyBytes, sessionIdleTimeout, requestTimeout);
    }

    public ConsoleServerConfig withMaxBodyBytes(int newMaxBodyBytes) {
        return new ConsoleServerConfig(host, port, newMaxBodyBytes, sessionIdleTimeout, requestTimeout);
    }

    public ConsoleServerConfig withSessionIdleTimeout(Duration newTimeout) {
        return new ConsoleServerConfig(host, port, maxBodyBytes, newTimeout, requestTimeout);
    }

    public ConsoleServerConfig withRequestTimeout(Duration newTimeout) {
        return new ConsoleServerConfig(host, port, maxBodyBytes, sessionIdleTimeout, newTimeout);
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
    }
}
