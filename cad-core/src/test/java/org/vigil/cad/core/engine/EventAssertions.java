package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** What a dispatcher would check on screen after a command: refused and why, or exactly which events. */
final class EventAssertions {
    private EventAssertions() {
    }

    /** The command was refused, and only refused: a refusal must not change anything else. */
    static Event.CommandRejected assertRejected(List<Event> events, RejectReason reason) {
        assertEquals(1, events.size(), () -> "a refusal emits exactly one event, got " + events);
        Event.CommandRejected rejected = assertInstanceOf(Event.CommandRejected.class, events.get(0),
                () -> "expected a refusal, got " + events);
        assertEquals(reason, rejected.reason(), () -> "refusal reason in " + rejected);
        return rejected;
    }

    /** Refused for this reason, with the words the dispatcher reads and the subject the audit trail files it under. */
    static Event.CommandRejected assertRejected(List<Event> events, RejectReason reason, String detail,
                                                String subject) {
        Event.CommandRejected rejected = assertRejected(events, reason);
        assertEquals(detail, rejected.detail(), () -> "refusal detail in " + rejected);
        assertEquals(subject, rejected.subject(), () -> "refusal subject in " + rejected);
        return rejected;
    }

    static void assertAccepted(List<Event> events) {
        assertFalse(events.isEmpty(), "an accepted command emits at least one event");
        for (Event event : events) {
            assertFalse(event instanceof Event.CommandRejected, () -> "unexpected refusal in " + events);
        }
    }

    /** The events, in order, are exactly these. */
    static void assertEvents(List<Event> events, Event... expected) {
        assertEquals(List.of(expected), events);
    }

    /** The event types, in order, are exactly these. */
    static void assertEventTypes(List<Event> events, Class<?>... expected) {
        List<Class<?>> actual = new ArrayList<>();
        events.forEach(e -> actual.add(e.getClass()));
        assertEquals(List.of(expected), actual, () -> "event types of " + events);
    }
}
