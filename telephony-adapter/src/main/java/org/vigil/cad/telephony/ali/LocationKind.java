package org.vigil.cad.telephony.ali;

/**
 * What the location of an ALI record means, decided by its class of service. It travels with the call as
 * the field {@code locationKind}, so the call-taker knows whether a point is the caller or a cell tower.
 */
public enum LocationKind {
    /** Wireless Phase I: the serving cell site and sector; the position is the tower, not the caller. */
    CELL_SECTOR,
    /** Wireless Phase II: the caller's estimated position, with an uncertainty radius and a confidence. */
    CALLER_ESTIMATE,
    /** VoIP: the address the subscriber registered, plus its geocode when the record has one. */
    REGISTERED_ADDRESS,
    /** Wireline: the service address, to be geocoded. */
    CIVIC_ADDRESS,
    /** MOBL, or a class of service we do not know: whatever the record holds, meaning unknown. */
    UNKNOWN;

    /** Classes whose callback number is not enough to recognise a rebid: the pANI/ESRK is. */
    boolean keyedByPani() {
        return this == CELL_SECTOR || this == CALLER_ESTIMATE || this == REGISTERED_ADDRESS;
    }
}
