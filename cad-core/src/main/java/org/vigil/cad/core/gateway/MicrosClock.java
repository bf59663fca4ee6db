package org.vigil.cad.core.gateway;

/** The gateway's time source, UTC epoch microseconds. The engine never has one; tests and simulation inject theirs. */
@FunctionalInterface
public interface MicrosClock {
    long nowMicros();
}
