package org.vigil.cad.console;

import java.time.Instant;
import org.vigil.cad.core.gateway.Operator;

/**
 * One logged-in console: who, at which position, and when the session was last used.
 *
 * @param token    the bearer token, a secret: never logged
 * @param position the console position the user logged in at, e.g. {@code CT3} or {@code FIRE1}
 */
public record Session(String token, User user, String position, Instant lastUsed) {

    public Role role() {
        return user.role();
    }

    /** The operator every command from this session is journaled with. */
    public Operator operator() {
        return new Operator(user.name(), position);
    }

    Session touchedAt(Instant now) {
        return new Session(token, user, position, now);
    }

    @Override
    public String toString() {
        return "Session[user=" + user.name() + ", role=" + user.role() + ", position=" + position + "]";
    }
}
