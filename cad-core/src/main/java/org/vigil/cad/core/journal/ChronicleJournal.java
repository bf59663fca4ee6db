package org.vigil.cad.core.journal;

import java.nio.file.Path;
import java.util.Objects;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.vigil.cad.core.event.Event;

/**
 * The journal on a Chronicle Queue: one document per event, so an event's journal index is its
 * Chronicle index. The appender is created on the first {@link #append}, on the journal thread,
 * because Chronicle appenders belong to the thread that uses them.
 */
public final class ChronicleJournal implements Journal {
    private final Path directory;
    private final SingleChronicleQueue queue;
    private final Durability durability;
    private final CycleFileForcer forcer;
    private ExcerptAppender appender;
    private long lastAppendedIndex = NO_INDEX;
    private boolean closed;

    private ChronicleJournal(Builder config) {
        this.directory = config.directory;
        this.durability = config.durability;
        this.queue = openQueue(config);
        if (queue.metaStore().readOnly()) {
            queue.close();
            throw unusable("opened read-only", null);
        }
        this.forcer = durability == Durability.SYNC
                ? new CycleFileForcer(directory, queue.metaStore().file().toPath())
                : null;
    }

    /**
     * A journal over {@code directory}: daily files, {@link Durability#PAGE_CACHE}, the system clock for rolls.
     *
     * @throws IllegalStateException when the JVM lacks the flags Chronicle needs to write, before any
     *                               Chronicle class is touched
     */
    public static Builder builder(Path directory) {
        ChronicleJvmAccess.require();
        return new Builder(directory);
    }

    @Override
    public long append(long atMicros, String operator, String position, Event event) {
        ExcerptAppender out = appender();
        try (DocumentContext document = out.writingDocument()) {
            try {
                EventCodec.write(document.wire().bytes(), atMicros, operator, position, event);
            } catch (RuntimeException e) {
                document.rollbackOnClose();
                throw e;
            }
        }
        long index = out.lastIndexAppended();
        lastAppendedIndex = index;
        if (forcer != null) {
            forcer.appended(out.cycle(), out.currentFile());
        }
        return index;
    }

    @Override
    public void endOfBatch() {
        if (forcer != null) {
            forcer.forceIfAppended();
        }
    }

    @Override
    public long lastIndex() {
        if (lastAppendedIndex != NO_INDEX) {
            return lastAppendedIndex;
        }
        long onDisk = queue.lastIndex();
        return onDisk < 0 ? NO_INDEX : onDisk;
    }

    /**
     * @throws IllegalArgumentException when {@code afterIndex} is not the index of an event in this journal
     */
    @Override
    public JournalReader readAfter(long afterIndex) {
        ExcerptTailer tailer = queue.createTailer();
        try {
            if (afterIndex == NO_INDEX) {
                tailer.toStart();
            } else {
                skipThrough(tailer, afterIndex);
            }
        } catch (RuntimeException e) {
            tailer.close();
            throw e;
        }
        // Positioned here, read wherever the caller likes: the tailer binds to the first thread that reads.
        tailer.singleThreadedCheckReset();
        return new ChronicleJournalReader(tailer);
    }

    /**
     * How many events follow {@code afterIndex} ({@link #NO_INDEX}: all of them), from Chronicle's indexes
     * rather than by reading them; for replay progress, not for the journal thread.
     */
    public long countAfter(long afterIndex) {
        long last = lastIndex();
        if (last == NO_INDEX || afterIndex >= last) {
            return 0;
        }
        // countExcerpts counts from its first index inclusive to its second exclusive.
        return afterIndex == NO_INDEX
                ? queue.countExcerpts(queue.firstIndex(), last) + 1
                : queue.countExcerpts(afterIndex, last);
    }

    /** Batches forced to disk since the journal opened; stays 0 in {@link Durability#PAGE_CACHE} mode. */
    public long forcedBatches() {
        return forcer == null ? 0 : forcer.forcedBatches();
    }

    /** Cycle-file forces since the journal opened: one per batch, two for a batch that rolled into a new file. */
    public long forcedFiles() {
        return forcer == null ? 0 : forcer.forcedFiles();
    }

    public Durability durability() {
        return durability;
    }

    public Path directory() {
        return directory;
    }

    /** Forces what the last batch left unforced (in SYNC mode), then closes. Call after the journal thread stopped. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (forcer != null) {
                forcer.forceIfAppended();
                forcer.close();
            }
        } finally {
            if (appender != null) {
                appender.close();
            }
            queue.close();
        }
    }

    private ExcerptAppender appender() {
        if (appender == null) {
            try {
                appender = queue.createAppender();
            } catch (RuntimeException | LinkageError | AssertionError e) {
                throw unusable("cannot create an appender", e);
            }
        }
        return appender;
    }

    private IllegalStateException unusable(String what, Throwable cause) {
        return new IllegalStateException("the journal in " + directory + " " + what + "; " + ChronicleJvmAccess.HINT,
                cause);
    }

    private void skipThrough(ExcerptTailer tailer, long afterIndex) {
        if (!tailer.moveToIndex(afterIndex)) {
            throw new IllegalArgumentException("no event at journal index " + afterIndex + " in " + directory);
        }
        try (DocumentContext skipped = tailer.readingDocument()) {
            if (!skipped.isPresent() || skipped.index() != afterIndex) {
                throw new IllegalArgumentException("no event at journal index " + afterIndex + " in " + directory);
            }
        }
    }

    private static SingleChronicleQueue openQueue(Builder config) {
        try {
            SingleChronicleQueueBuilder builder = SingleChronicleQueueBuilder.binary(config.directory)
                    .rollCycle(config.rollCycle)
                    .timeProvider(config.timeProvider)
                    .readOnly(false);
            if (config.blockSizeBytes > 0) {
                builder.blockSize(config.blockSizeBytes);
            }
            return builder.build();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // Chronicle reports a JVM it cannot work in with AssertionError as well as with exceptions.
            throw new IllegalStateException("the journal in " + config.directory + " cannot be opened; "
                    + ChronicleJvmAccess.HINT, e);
        }
    }

    /** How to open a {@link ChronicleJournal}; the roll cycle and the roll clock are here for tests. */
    public static final class Builder {
        private final Path directory;
        private RollCycle rollCycle = RollCycles.FAST_DAILY;
        private TimeProvider timeProvider = SystemTimeProvider.INSTANCE;
        private Durability durability = Durability.PAGE_CACHE;
        private long blockSizeBytes;

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /** When a new file starts; the default is daily. Must be the same every time a directory is opened. */
        public Builder rollCycle(RollCycle cycle) {
            this.rollCycle = Objects.requireNonNull(cycle, "rollCycle");
            return this;
        }

        /** The clock that decides rolls only; event times come from the events' own stamps. */
        public Builder timeProvider(TimeProvider provider) {
            this.timeProvider = Objects.requireNonNull(provider, "timeProvider");
            return this;
        }

        public Builder durability(Durability mode) {
            this.durability = Objects.requireNonNull(mode, "durability");
            return this;
        }

        /** The size by which Chronicle maps and grows a file; 0 keeps Chronicle's default. */
        public Builder blockSizeBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("block size must not be negative: " + bytes);
            }
            this.blockSizeBytes = bytes;
            return this;
        }

        /**
         * Opens (or creates) the journal.
         *
         * @throws IllegalStateException when the JVM lacks the flags Chronicle needs to write
         */
        public ChronicleJournal open() {
            return new ChronicleJournal(this);
        }
    }
}
