package org.vigil.cad.telephony.pidf;

/**
 * An RFC 7852 Additional Data block passed by reference.
 *
 * @param purpose the block type, e.g. "EmergencyCallData.ServiceInfo"
 * @param uri     where the block can be fetched
 */
public record DataReference(String purpose, String uri) {
}
