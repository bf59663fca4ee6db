package org.vigil.cad.server;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.journal.JournalReader;
import org.vigil.cad.core.journal.JournaledEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cad journal dump|tail}: the journal, one readable line per event. */
@Command(name = "journal", description = "Print journal entries for a person to read.",
        subcommands = {JournalCommand.Dump.class, JournalCommand.Tail.class})
final class JournalCommand {

    @Command(name = "dump", description = "Print every entry, oldest first.")
    static final class Dump implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Spec
        CommandSpec spec;

        @Option(names = "--after", defaultValue = "-1", paramLabel = "INDEX", description = "Start after this journal index.")
        long after;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ChronicleJournal journal = open(data); JournalReader reader = journal.readAfter(after)) {
                for (JournaledEvent e = reader.next(); e != null; e = reader.next()) {
                    out.println(EventFormatter.format(e));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "tail", description = "Print the last entries, and with --follow keep printing new ones.")
    static final class Tail implements Callable<Integer> {
        private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

        @Mixin
        DataOption data;

        @Spec
        CommandSpec spec;

        @Option(names = {"-n", "--lines"}, defaultValue = "20", description = "How many entries (default: ${DEFAULT-VALUE}).")
        int lines;

        @Option(names = {"-f", "--follow"}, description = "Keep printing entries as they are journaled.")
        boolean follow;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ChronicleJournal journal = open(data); JournalReader reader = journal.readAfter(Journal.NO_INDEX)) {
                ArrayDeque<JournaledEvent> last = new ArrayDeque<>(lines + 1);
                for (JournaledEvent e = reader.next(); e != null; e = reader.next()) {
                    last.addLast(e);
                    if (last.size() > lines) {
                        last.removeFirst();
                    }
                }
                last.forEach(e -> out.println(EventFormatter.format(e)));
                out.flush();
                while (follow && !Thread.currentThread().isInterrupted()) {
                    JournaledEvent e = reader.next();
                    if (e == null) {
                        LockSupport.parkNanos(POLL_NANOS);
                    } else {
                        out.println(EventFormatter.format(e));
                        out.flush();
                    }
                }
            }
            return 0;
        }
    }

    static ChronicleJournal open(DataOption data) {
        DataDirectory directory = data.directory();
        if (!directory.hasJournal()) {
            throw new IllegalArgumentException("no journal in " + directory.root());
        }
        return ChronicleJournal.builder(directory.journal()).open();
    }
}
