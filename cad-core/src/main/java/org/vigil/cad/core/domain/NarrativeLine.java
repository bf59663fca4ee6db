package org.vigil.cad.core.domain;

/** One append-only narrative line, with who wrote it and when. */
public record NarrativeLine(long atMicros, String author, String text) {
}
