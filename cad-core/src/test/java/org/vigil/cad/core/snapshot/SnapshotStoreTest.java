package org.vigil.cad.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.engine.StateHash;

class SnapshotStoreTest {
    private static final long OLDER = 1_000;
    private static final long NEWER = 2_000;

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger storeLogger = (Logger) LoggerFactory.getLogger(SnapshotStore.class);
    private final Floor floor = Floor.busyAfternoon();
    private long olderHash;
    private long newerHash;

    @BeforeEach
    void captureLog() {
        log.start();
        storeLogger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        storeLogger.detachAppender(log);
    }

    @Test
    void theWrittenStateLoadsBackTwiceInARow() {
        SnapshotStore store = new SnapshotStore(dir);
        Path file = store.write(NEWER, floor.state());
        assertEquals("snapshot-0000000000000002000.snap", file.getFileName().toString());

        Snapshot first = store.loadNewestValid().orElseThrow();
        assertEquals(NEWER, first.journalIndex());
        assertEquals(floor.stateHash(), StateHash.of(first.state()));

        store.write(NEWER + 1, first.state());
        Snapshot second = store.loadNewestValid().orElseThrow();
        assertEquals(NEWER + 1, second.journalIndex());
        assertEquals(floor.stateHash(), StateHash.of(second.state()));
    }

    @Test
    void aTruncatedNewestFallsBackToTheOlder() throws IOException {
        SnapshotStore store = givenAnOlderAndANewerSnapshot();
        Path newest = dir.resolve(SnapshotStore.fileName(NEWER));
        byte[] whole = Files.readAllBytes(newest);
        Files.write(newest, Arrays.copyOf(whole, whole.length / 2));

        assertLoadsTheOlder(store, "truncated");
    }

    @Test
    void aCorruptedByteInTheNewestFallsBackToTheOlder() throws IOException {
        SnapshotStore store = givenAnOlderAndANewerSnapshot();
        Path newest = dir.resolve(SnapshotStore.fileName(NEWER));
        byte[] bytes = Files.readAllBytes(newest);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(newest, bytes);

        assertLoadsTheOlder(store, "CRC32");
    }

    @Test
    void aNewerUnknownFormatVersionFallsBackToTheOlder() throws IOException {
        SnapshotStore store = givenAnOlderAndANewerSnapshot();
        Path newest = dir.resolve(SnapshotStore.fileName(NEWER));
        byte[] bytes = Files.readAllBytes(newest);
        ByteBuffer.wrap(bytes).putInt(8, SnapshotCodec.FORMAT_VERSION + 1);
        Files.write(newest, bytes);

        assertLoadsTheOlder(store, "unknown snapshot format version 2");
    }

    @Test
    void aSnapshotUnderAnotherIndexThanItCoversIsRefused() throws IOException {
        SnapshotStore store = givenAnOlderAndANewerSnapshot();
        Path newest = dir.resolve(SnapshotStore.fileName(NEWER));
        Files.move(newest, dir.resolve(SnapshotStore.fileName(NEWER + 5)), StandardCopyOption.ATOMIC_MOVE);

        assertLoadsTheOlder(store, "covers journal index " + NEWER);
    }

    @Test
    void withNoValidSnapshotThereIsNothingToLoad() throws IOException {
        assertEquals(Optional.empty(), new SnapshotStore(dir.resolve("never-created")).loadNewestValid());
        SnapshotStore store = new SnapshotStore(dir);
        assertEquals(Optional.empty(), store.loadNewestValid());

        store.write(OLDER, floor.state());
        Files.write(dir.resolve(SnapshotStore.fileName(OLDER)), new byte[] {'V', 'I', 'G'});
        Files.write(dir.resolve("notes.txt"), new byte[] {1, 2, 3});
        assertEquals(Optional.empty(), store.loadNewestValid());
    }

    @Test
    void onlyTheNewestRetainedSnapshotsAreKept() {
        SnapshotStore store = new SnapshotStore(dir);
        for (long index = 1; index <= 5; index++) {
            store.write(index * 100, floor.state());
        }
        assertEquals(List.of(500L, 400L, 300L), store.journalIndexes());

        SnapshotStore keepTwo = new SnapshotStore(dir, 2);
        keepTwo.write(600, floor.state());
        assertEquals(List.of(600L, 500L), keepTwo.journalIndexes());
        assertThrows(IllegalArgumentException.class, () -> new SnapshotStore(dir, 0));
    }

    @Test
    void aHalfWrittenTempFileIsIgnoredAndCleanedUp() throws IOException {
        SnapshotStore store = new SnapshotStore(dir);
        Path leftOver = dir.resolve(SnapshotStore.fileName(3_000) + ".tmp");
        Files.write(leftOver, new byte[] {'V', 'I'});
        store.write(OLDER, floor.state());

        assertEquals(OLDER, store.loadNewestValid().orElseThrow().journalIndex());
        assertFalse(Files.exists(leftOver));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve(SnapshotStore.fileName(OLDER))), files.toList());
        }
    }

    @Test
    void aNegativeJournalIndexIsRefused() {
        SnapshotStore store = new SnapshotStore(dir);
        assertThrows(IllegalArgumentException.class, () -> store.write(-1, floor.state()));
    }

    private SnapshotStore givenAnOlderAndANewerSnapshot() {
        SnapshotStore store = new SnapshotStore(dir);
        store.write(OLDER, floor.state());
        olderHash = floor.stateHash();
        floor.after(30, new Command.AddNarrative("26-000001", "overhaul complete"));
        store.write(NEWER, floor.state());
        newerHash = floor.stateHash();
        assertTrue(olderHash != newerHash, "the two snapshots hold different states");
        return store;
    }

    private void assertLoadsTheOlder(SnapshotStore store, String reasonLogged) {
        Snapshot loaded = store.loadNewestValid().orElseThrow();
        assertEquals(OLDER, loaded.journalIndex());
        assertEquals(olderHash, StateHash.of(loaded.state()));
        assertTrue(log.list.stream().anyMatch(event -> event.getFormattedMessage().startsWith("refusing snapshot")
                        && event.getFormattedMessage().contains(reasonLogged)),
                "the refusal is logged with its reason: " + log.list);
    }
}
