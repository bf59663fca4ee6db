package org.vigil.cad.telephony.pidf;

import java.util.List;
import java.util.Optional;
import org.vigil.cad.core.domain.Location;

/**
 * A parsed PIDF-LO document: every location statement in document order, and what could not be read.
 *
 * @param entity    the presence entity URI, "" if none
 * @param locations the tuple, device and person location statements, in document order
 * @param problems  why parts were not read; empty for a clean document
 */
public record PidfDocument(String entity, List<PidfLocation> locations, List<String> problems) {

    public PidfDocument {
        entity = entity == null ? "" : entity;
        locations = List.copyOf(locations);
        problems = List.copyOf(problems);
    }

    /**
     * The one location a call-taker is shown: the first geodetic shape's reduction in document order, with the
     * first civic address line; either alone when only one kind is present; {@link Location#UNKNOWN} if none.
     */
    public Location bestLocation() {
        Optional<PidfLocation> geodetic = locations.stream().filter(l -> l.shape().isPresent()).findFirst();
        String address = locations.stream().flatMap(l -> l.civic().stream()).map(CivicAddress::addressLine)
                .filter(a -> !a.isEmpty()).findFirst().orElse("");
        if (geodetic.isEmpty()) {
            return address.isEmpty() ? Location.UNKNOWN : Location.ofAddress(address);
        }
        Location position = geodetic.get().toLocation();
        return new Location(address, position.latitude(), position.longitude(), position.uncertaintyMeters(),
                position.confidencePercent());
    }

    /** The first statement that has a shape or a civic address, the one {@link #bestLocation()} mostly draws on. */
    public Optional<PidfLocation> primary() {
        return locations.stream().filter(l -> l.shape().isPresent()).findFirst()
                .or(() -> locations.stream().filter(l -> l.civic().isPresent()).findFirst());
    }
}
