package org.vigil.cad.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline; tests never sleep a fixed time to synchronise. */
public final class Await {
    private Await() {
    }

    /** Polls until {@code probe} returns non-null, failing with {@code state} after the deadline. */
    public static <T> T until(String what, Supplier<T> probe, Duration deadline, Supplier<String> state) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                fail("gave up waiting " + deadline + " for " + what + "; last seen: " + state.get());
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    public static void until(String what, BooleanSupplier condition, Duration deadline) {
        until(what, condition, deadline, () -> "still false");
    }

    public static void until(String what, BooleanSupplier condition, Duration deadline, Supplier<String> state) {
        until(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null, deadline, state);
    }
}
