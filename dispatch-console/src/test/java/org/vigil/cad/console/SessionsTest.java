package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.gateway.Operator;

class SessionsTest {
    private static final User DAN = new User("dan", Role.DISPATCHER);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T08:00:00Z"));
    private final Sessions sessions = new Sessions(clock, Duration.ofMinutes(30));

    @Test
    void aTokenIs32RandomBytesInUrlSafeBase64() {
        Session first = sessions.open(DAN, "D1");
        Session second = sessions.open(DAN, "D1");

        assertTrue(first.token().matches("[A-Za-z0-9_-]{43}"), first.token());
        assertNotEquals(first.token(), second.token());
        assertFalse(first.toString().contains(first.token()), "tokens stay out of logs");
    }

    @Test
    void aSessionCarriesTheOperatorItsCommandsAreJournaledAs() {
        Session session = sessions.open(DAN, "D1");

        Session found = sessions.touch(session.token()).orElseThrow();
        assertEquals(new Operator("dan", "D1"), found.operator());
        assertEquals(Role.DISPATCHER, found.role());
    }

    @Test
    void useKeepsASessionAliveAndIdlenessEndsIt() {
        String token = sessions.open(DAN, "D1").token();

        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.touch(token).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.touch(token).isPresent(), "idle time counts from the last use");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(sessions.touch(token).isEmpty(), "30 minutes idle ends the session");
        assertEquals(0, sessions.size(), "an expired session is forgotten");
    }

    @Test
    void loggingInForgetsSessionsThatExpiredMeanwhile() {
        sessions.open(DAN, "D1");
        sessions.open(DAN, "D2");
        clock.advance(Duration.ofMinutes(31));

        sessions.open(DAN, "D3");
        assertEquals(1, sessions.size());
    }

    @Test
    void purgeCountsWhatItForgets() {
        sessions.open(DAN, "D1");
        clock.advance(Duration.ofMinutes(20));
        String fresh = sessions.open(DAN, "D2").token();
        clock.advance(Duration.ofMinutes(15));

        assertEquals(1, sessions.purgeExpired());
        assertTrue(sessions.touch(fresh).isPresent());
    }

    @Test
    void logoutEndsASessionAndUnknownTokensFindNothing() {
        String token = sessions.open(DAN, "D1").token();

        assertTrue(sessions.end(token));
        assertFalse(sessions.end(token));
        assertTrue(sessions.touch(token).isEmpty());
        assertTrue(sessions.touch("no-such-token").isEmpty());
        assertTrue(sessions.touch(null).isEmpty());
    }

    @Test
    void theIdleTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Sessions(clock, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Sessions(clock, Duration.ofMinutes(-1)));
    }
}
