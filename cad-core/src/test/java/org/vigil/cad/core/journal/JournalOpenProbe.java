package org.vigil.cad.core.journal;

import java.nio.file.Path;
import org.vigil.cad.core.event.Event;

/** Opens a journal and appends once; {@link ChronicleJournalJvmFlagsTest} runs it in a JVM without Chronicle's flags. */
public final class JournalOpenProbe {
    private JournalOpenProbe() {
    }

    public static void main(String[] args) {
        try (ChronicleJournal journal = ChronicleJournal.builder(Path.of(args[0])).open()) {
            journal.append(1, "probe", "P0", new Event.CallAbandoned(1));
        }
    }
}
