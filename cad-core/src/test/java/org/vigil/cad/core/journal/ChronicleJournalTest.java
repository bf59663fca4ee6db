package org.vigil.cad.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;

@ExtendWith(NoLeakedThreadsExtension.class)
class ChronicleJournalTest {
    private static final long START_MICROS = 1_772_366_400_000_000L;

    @TempDir
    Path dir;

    private final SetTimeProvider rollClock = new SetTimeProvider(Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void everyEventTypeComesBackInOrderAcrossRolls() {
        List<Event> events = SampleEvents.oneOfEach();
        List<Long> indexes = new ArrayList<>();
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE)) {
            for (int i = 0; i < events.size(); i++) {
                if (i % 10 == 9) {
                    rollClock.advanceMillis(1_000);
                }
                indexes.add(journal.append(START_MICROS + i, "op" + i, "P" + (i % 3), events.get(i)));
            }
            journal.endOfBatch();

            assertTrue(cycleFiles().size() > 1, "the test clock rolled the queue: " + cycleFiles());
            List<JournaledEvent> read = readAll(journal, Journal.NO_INDEX);
            assertEquals(events.size(), read.size());
            for (int i = 0; i < events.size(); i++) {
                assertEquals(new JournaledEvent(indexes.get(i), START_MICROS + i, "op" + i, "P" + (i % 3), events.get(i)),
                        read.get(i));
                if (i > 0) {
                    assertTrue(indexes.get(i) > indexes.get(i - 1), "indexes strictly increase at " + i);
                }
            }
        }
    }

    @Test
    void aReopenedJournalKnowsItsLastIndexTwiceInARow() {
        long last;
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE)) {
            assertEquals(Journal.NO_INDEX, journal.lastIndex());
            journal.append(START_MICROS, "op", "P1", new Event.CallAbandoned(1));
            rollClock.advanceMillis(1_000);
            last = journal.append(START_MICROS + 1, "op", "P1", new Event.CallAbandoned(2));
            assertEquals(last, journal.lastIndex());
        }
        try (ChronicleJournal reopened = open(Durability.PAGE_CACHE)) {
            assertEquals(last, reopened.lastIndex());
            rollClock.advanceMillis(1_000);
            last = reopened.append(START_MICROS + 2, "op", "P1", new Event.CallAbandoned(3));
        }
        try (ChronicleJournal again = open(Durability.PAGE_CACHE)) {
            assertEquals(last, again.lastIndex());
            assertEquals(List.of(1L, 2L, 3L), readAll(again, Journal.NO_INDEX).stream()
                    .map(e -> ((Event.CallAbandoned) e.event()).callId()).toList());
        }
    }

    @Test
    void readAfterAnIndexStartsAtTheNextEventEvenInTheNextFile() {
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE)) {
            List<Long> indexes = new ArrayList<>();
            for (long call = 1; call <= 6; call++) {
                indexes.add(journal.append(START_MICROS + call, "op", "P1", new Event.CallAbandoned(call)));
                if (call == 3) {
                    rollClock.advanceMillis(1_000);
                }
            }
            List<JournaledEvent> afterSecond = readAll(journal, indexes.get(1));
            assertEquals(indexes.subList(2, 6), afterSecond.stream().map(JournaledEvent::index).toList());
            List<JournaledEvent> afterLastOfFirstFile = readAll(journal, indexes.get(2));
            assertEquals(indexes.subList(3, 6), afterLastOfFirstFile.stream().map(JournaledEvent::index).toList());
            assertEquals(List.of(), readAll(journal, indexes.get(5)));
        }
    }

    @Test
    void countAfterCountsTheEventsAReaderWouldReturnAcrossRolls() {
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE)) {
            assertEquals(0, journal.countAfter(Journal.NO_INDEX));
            List<Long> indexes = new ArrayList<>();
            for (long call = 1; call <= 7; call++) {
                indexes.add(journal.append(START_MICROS + call, "op", "P1", new Event.CallAbandoned(call)));
                if (call % 3 == 0) {
                    rollClock.advanceMillis(1_000);
                }
            }
            assertEquals(7, journal.countAfter(Journal.NO_INDEX));
            for (long after : indexes) {
                assertEquals(readAll(journal, after).size(), journal.countAfter(after), "after " + after);
            }
        }
    }

    @Test
    void aReaderSeesEventsAppendedAfterItReachedTheEnd() {
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE);
             JournalReader reader = journal.readAfter(Journal.NO_INDEX)) {
            assertNull(reader.next());
            long index = journal.append(START_MICROS, "op", "P1", new Event.CallReleased(5));
            JournaledEvent next = reader.next();
            assertEquals(index, next.index());
            assertEquals(new Event.CallReleased(5), next.event());
            assertNull(reader.next());
        }
    }

    @Test
    void readAfterAnIndexThatIsNotInTheJournalIsRefused() {
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE)) {
            long index = journal.append(START_MICROS, "op", "P1", new Event.CallReleased(5));
            assertThrows(IllegalArgumentException.class, () -> journal.readAfter(index + 1));
        }
    }

    @Test
    void syncForcesOncePerBatchThatAppendedAndTheBytesAreInTheFile() throws IOException {
        try (ChronicleJournal journal = open(Durability.SYNC)) {
            journal.endOfBatch();
            assertEquals(0, journal.forcedBatches(), "an empty batch forces nothing");

            journal.append(START_MICROS, "op", "P1", new Event.CallAbandoned(1));
            journal.append(START_MICROS + 1, "op", "P1", new Event.NarrativeAdded("26-000001", "op",
                    "caller reports a blue sedan, plate 7ABC123"));
            journal.endOfBatch();
            assertEquals(1, journal.forcedBatches());
            assertEquals(1, journal.forcedFiles());

            journal.endOfBatch();
            assertEquals(1, journal.forcedBatches(), "nothing appended since the last force");

            String lastNarrative = "second batch: smoke now visible from the roof, request 2nd alarm";
            journal.append(START_MICROS + 2, "op", "P1", new Event.NarrativeAdded("26-000001", "op", lastNarrative));
            journal.endOfBatch();
            assertEquals(2, journal.forcedBatches());

            List<Path> files = cycleFiles();
            assertEquals(1, files.size());
            assertTrue(contains(readWithPlainChannel(files.get(0)), lastNarrative.getBytes(StandardCharsets.UTF_8)),
                    "the last event's narrative is in the cycle file");
        }
    }

    @Test
    void aSyncBatchThatRollsForcesTheFileItLeftAndTheNewOne() {
        try (ChronicleJournal journal = open(Durability.SYNC)) {
            journal.append(START_MICROS, "op", "P1", new Event.CallAbandoned(1));
            journal.endOfBatch();
            assertEquals(1, journal.forcedFiles());

            journal.append(START_MICROS + 1, "op", "P1", new Event.CallAbandoned(2));
            rollClock.advanceMillis(1_000);
            journal.append(START_MICROS + 2, "op", "P1", new Event.CallAbandoned(3));
            journal.endOfBatch();

            assertEquals(2, cycleFiles().size());
            assertEquals(2, journal.forcedBatches());
            assertEquals(3, journal.forcedFiles(), "the old file and the new one");
        }
    }

    @Test
    void pageCacheModeNeverForces() {
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE)) {
            journal.append(START_MICROS, "op", "P1", new Event.CallAbandoned(1));
            journal.endOfBatch();
            assertEquals(0, journal.forcedBatches());
            assertEquals(0, journal.forcedFiles());
        }
    }

    @Test
    void theAppenderBelongsToTheThreadThatAppends() throws Exception {
        ExecutorService journalThread = Executors.newSingleThreadExecutor(new VigilThreads("journal"));
        try (ChronicleJournal journal = open(Durability.SYNC)) {
            long index = journalThread.submit(() -> {
                long appended = journal.append(START_MICROS, "op", "P1", new Event.CallAbandoned(1));
                journal.endOfBatch();
                return appended;
            }).get(30, TimeUnit.SECONDS);
            assertEquals(index, journal.lastIndex());
            assertEquals(1, journal.forcedBatches());
            assertEquals(List.of(index), readAll(journal, Journal.NO_INDEX).stream().map(JournaledEvent::index).toList());
        } finally {
            journalThread.shutdown();
            assertTrue(journalThread.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aDocumentOfAnUnknownFormatVersionIsRefusedEveryTimeItIsRead() {
        long good;
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE)) {
            good = journal.append(START_MICROS, "op", "P1", new Event.CallAbandoned(1));
        }
        long future = appendRawDocument(new byte[] {2, 1, 0, 0, 5, 9});
        try (ChronicleJournal journal = open(Durability.PAGE_CACHE);
             JournalReader reader = journal.readAfter(Journal.NO_INDEX)) {
            assertEquals(good, reader.next().index());
            IllegalStateException refused = assertThrows(IllegalStateException.class, reader::next);
            assertTrue(refused.getMessage().contains("format version 2"), refused.getMessage());
            assertTrue(refused.getMessage().contains("index " + future), refused.getMessage());
            assertThrows(IllegalStateException.class, reader::next, "the reader does not skip the refused document");
        }
    }

    @Test
    void appendingAllocatesNothingPerEvent() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Event> events = SampleEvents.oneOfEach();
        try (ChronicleJournal journal = open(Durability.SYNC)) {
            for (int i = 0; i < 50_000; i++) {
                journal.append(START_MICROS + i, "op7", "P1", events.get(i % events.size()));
            }
            int appends = 100_000;
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < appends; i++) {
                journal.append(START_MICROS + i, "op7", "P1", events.get(i % events.size()));
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // Chronicle allocates a little when it maps the next chunk of the file; an event allocates nothing.
            assertTrue(allocated < appends, allocated + " bytes allocated by " + appends + " appends");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        ChronicleJournal journal = open(Durability.SYNC);
        journal.append(START_MICROS, "op", "P1", new Event.CallAbandoned(1));
        journal.close();
        journal.close();
        assertEquals(1, journal.forcedBatches(), "close forced the batch that was still open");
    }

    private ChronicleJournal open(Durability durability) {
        return ChronicleJournal.builder(dir)
                .rollCycle(TestRollCycles.TEST_SECONDLY)
                .timeProvider(rollClock)
                .blockSizeBytes(256 << 10)
                .durability(durability)
                .open();
    }

    private long appendRawDocument(byte[] document) {
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(dir)
                .rollCycle(TestRollCycles.TEST_SECONDLY).timeProvider(rollClock).blockSize(256 << 10).build();
             ExcerptAppender appender = queue.createAppender()) {
            try (DocumentContext context = appender.writingDocument()) {
                context.wire().bytes().write(document);
            }
            return appender.lastIndexAppended();
        }
    }

    private static List<JournaledEvent> readAll(Journal journal, long afterIndex) {
        List<JournaledEvent> events = new ArrayList<>();
        try (JournalReader reader = journal.readAfter(afterIndex)) {
            for (JournaledEvent event = reader.next(); event != null; event = reader.next()) {
                events.add(event);
            }
        }
        return events;
    }

    private List<Path> cycleFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cq4")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Through a plain file descriptor: neither Chronicle nor a memory mapping. */
    private static byte[] readWithPlainChannel(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer content = ByteBuffer.allocate(Math.toIntExact(channel.size()));
            while (content.hasRemaining() && channel.read(content) >= 0) {
                // read until the buffer is full or the file ends
            }
            return content.array();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
