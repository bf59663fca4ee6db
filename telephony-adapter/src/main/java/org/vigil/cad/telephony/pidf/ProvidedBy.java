package org.vigil.cad.telephony.pidf;

import java.util.List;

/**
 * RFC 7852 provided-by content inside a PIDF-LO: who supplied the location, by reference or by value.
 *
 * @param references blocks given by reference, in document order
 * @param byValue    blocks given by value, decoded; {@link AdditionalData#EMPTY} when none
 */
public record ProvidedBy(List<DataReference> references, AdditionalData byValue) {

    public ProvidedBy {
        references = List.copyOf(references);
        byValue = byValue == null ? AdditionalData.EMPTY : byValue;
    }
}
