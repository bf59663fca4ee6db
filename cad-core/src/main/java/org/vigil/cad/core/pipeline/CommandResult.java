package org.vigil.cad.core.pipeline;

import java.util.List;
import java.util.Optional;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.JournaledEvent;

/** What a command produced, once every event of it is in the journal. */
public record CommandResult(List<JournaledEvent> events) {

    public CommandResult {
        events = List.copyOf(events);
    }

    /** The refusal, when the command was refused (or failed part-way). */
    public Optional<Event.CommandRejected> rejection() {
        for (JournaledEvent e : events) {
            if (e.event() instanceof Event.CommandRejected rejected) {
                return Optional.of(rejected);
            }
        }
        return Optional.empty();
    }

    public boolean accepted() {
        return rejection().isEmpty();
    }
}
