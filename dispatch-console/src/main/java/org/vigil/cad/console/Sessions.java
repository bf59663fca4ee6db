package org.vigil.cad.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens of logged-in consoles. A session ends after {@code idleTimeout} without a request;
 * time comes only from the injected clock, so tests and simulations decide when that is.
 */
public final class Sessions {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    private static final int TOKEN_BYTES = 32;

    private final Clock clock;
    private final Duration idleTimeout;
    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Duration idleTimeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("session idle timeout must be positive: " + idleTimeout);
        }
        this.idleTimeout = idleTimeout;
    }

    /** Starts a session with a fresh random token; also forgets sessions that have expired meanwhile. */
    public Session open(User user, String position) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(position, "position");
        purgeExpired();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        Session session = new Session(encoder.encodeToString(bytes), user, position, clock.instant());
        byToken.put(session.token(), session);
        return session;
    }

    /** The live session for a token, marked as used now; empty when unknown or idle too long (it is then ended). */
    public Optional<Session> touch(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.ofNullable(byToken.computeIfPresent(token,
                (key, session) -> isExpired(session, now) ? null : session.touchedAt(now)));
    }

    /** Ends a session (logout); returns false when there was none. */
    public boolean end(String token) {
        return token != null && byToken.remove(token) != null;
    }

    /** Forgets every expired session; returns how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        int removed = 0;
        for (Session session : byToken.values()) {
            if (isExpired(session, now) && byToken.remove(session.token(), session)) {
                removed++;
            }
        }
        return removed;
    }

    /** Sessions held, including expired ones not yet purged. */
    public int size() {
        return byToken.size();
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    private boolean isExpired(Session session, Instant now) {
        return !now.isBefore(session.lastUsed().plus(idleTimeout));
    }
}
