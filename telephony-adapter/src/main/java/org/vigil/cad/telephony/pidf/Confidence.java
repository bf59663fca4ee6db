package org.vigil.cad.telephony.pidf;

/**
 * RFC 7459 confidence: the probability, in percent, that the target is inside the shape.
 *
 * @param percent the element's value
 * @param pdf     the probability density function named by the {@code pdf} attribute: "unknown" (its
 *                default), "normal" or "rectangular"
 */
public record Confidence(double percent, String pdf) {
}
