package org.vigil.cad.core.journal;

import org.vigil.cad.core.event.Event;

/**
 * An event as the journal holds it: its place in the journal, when it was decided (the command's
 * gateway stamp, UTC epoch microseconds), who issued the command and from which position.
 */
public record JournaledEvent(long index, long atMicros, String operator, String position, Event event) {

    public String subject() {
        return event.subject();
    }
}
