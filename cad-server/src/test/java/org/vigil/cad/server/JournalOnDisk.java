package org.vigil.cad.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.journal.JournalReader;
import org.vigil.cad.core.journal.JournaledEvent;

/** Reads a stopped server's journal from its data directory, as a supervisor's tool would. */
final class JournalOnDisk {
    private JournalOnDisk() {
    }

    static List<JournaledEvent> entries(Path dataDir) {
        List<JournaledEvent> entries = new ArrayList<>();
        try (ChronicleJournal journal = ChronicleJournal.builder(dataDir.resolve("journal")).open();
             JournalReader reader = journal.readAfter(Journal.NO_INDEX)) {
            for (JournaledEvent e = reader.next(); e != null; e = reader.next()) {
                entries.add(e);
            }
        }
        return entries;
    }

    static List<Event> events(Path dataDir) {
        return entries(dataDir).stream().map(JournaledEvent::event).toList();
    }
}
