package org.vigil.cad.core.domain;

/** One location received for a call at a moment: the first spill, or a later rebid. */
public record LocationVersion(long atMicros, Location location) {
}
