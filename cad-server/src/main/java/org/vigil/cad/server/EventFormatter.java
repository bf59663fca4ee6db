package org.vigil.cad.server;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.JournaledEvent;

/** One journal entry as one line a person can read: index, time, who, subject, what. */
final class EventFormatter {
    private EventFormatter() {
    }

    static String format(JournaledEvent e) {
        StringBuilder line = new StringBuilder(160);
        line.append(e.index()).append("  ")
                .append(Instant.EPOCH.plus(e.atMicros(), ChronoUnit.MICROS)).append("  ")
                .append(e.operator());
        if (!e.position().isEmpty()) {
            line.append('@').append(e.position());
        }
        line.append("  ").append(e.subject().isEmpty() ? "-" : e.subject()).append("  ");
        appendEvent(line, e.event());
        return line.toString();
    }

    private static void appendEvent(StringBuilder line, Event event) {
        line.append(event.getClass().getSimpleName());
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            line.append(' ').append(component.getName()).append('=');
            appendValue(line, read(component, event));
        }
    }

    private static void appendValue(StringBuilder line, Object value) {
        if (value instanceof Location location) {
            line.append('{');
            appendText(line, location.address());
            if (location.hasPosition()) {
                line.append(' ').append(location.latitude()).append(',').append(location.longitude());
            }
            if (!Double.isNaN(location.uncertaintyMeters())) {
                line.append(" ±").append(location.uncertaintyMeters()).append("m");
            }
            if (location.confidencePercent() > 0) {
                line.append(' ').append(location.confidencePercent()).append('%');
            }
            line.append('}');
        } else if (value instanceof String text) {
            appendText(line, text);
        } else {
            line.append(value);
        }
    }

    /** Quotes text and shows control characters (the STX/ETX of an ALI spill, line breaks) as escapes. */
    private static void appendText(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c == '\n') {
                line.append("\\n");
            } else if (c == '\r') {
                line.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                line.append(String.format("\\x%02x", (int) c));
            } else {
                line.append(c);
            }
        }
        line.append('"');
    }

    private static Object read(RecordComponent component, Event event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event, e);
        }
    }
}
