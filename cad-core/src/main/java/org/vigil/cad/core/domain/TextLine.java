package org.vigil.cad.core.domain;

/** One message of a text or TTY session. */
public record TextLine(long atMicros, String sender, String text) {
}
