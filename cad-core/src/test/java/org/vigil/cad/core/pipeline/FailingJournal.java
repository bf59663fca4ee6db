package org.vigil.cad.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.journal.JournalReader;
import org.vigil.cad.core.journal.JournaledEvent;

/** Fault injection: a journal that keeps events in memory until append number {@code failAt}, then breaks for good. */
final class FailingJournal implements Journal {
    private final List<JournaledEvent> events = new ArrayList<>();
    private final int failAt;

    FailingJournal(int failAt) {
        this.failAt = failAt;
    }

    @Override
    public long append(long atMicros, String operator, String position, Event event) {
        if (events.size() + 1 >= failAt) {
            throw new IllegalStateException("disk full (injected)");
        }
        events.add(new JournaledEvent(events.size(), atMicros, operator, position, event));
        return events.size() - 1;
    }

    @Override
    public void endOfBatch() {
    }

    @Override
    public long lastIndex() {
        return events.size() - 1;
    }

    @Override
    public JournalReader readAfter(long afterIndex) {
        throw new UnsupportedOperationException("not needed by the failure tests");
    }

    @Override
    public void close() {
    }

    int appended() {
        return events.size();
    }
}
