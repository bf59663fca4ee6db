package org.vigil.cad.core.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.engine.EngineState;

/**
 * Snapshot files in one directory, named {@code snapshot-<journal index, 19 digits>.snap} so the name
 * orders them. A file appears whole or not at all (written aside, forced, renamed); the newest
 * {@code retained} are kept. Loading falls back from a snapshot it cannot trust to the next older one.
 */
public final class SnapshotStore {
    public static final int DEFAULT_RETAINED = 3;

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{19})\\.snap");
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path directory;
    private final int retained;

    public SnapshotStore(Path directory) {
        this(directory, DEFAULT_RETAINED);
    }

    public SnapshotStore(Path directory, int retained) {
        if (retained < 1) {
            throw new IllegalArgumentException("at least one snapshot must be kept, not " + retained);
        }
        this.directory = directory;
        this.retained = retained;
    }

    /**
     * Encodes {@code state} and stores it as the snapshot covering the journal up to {@code journalIndex},
     * then deletes snapshots beyond the newest {@code retained}. Encoding reads the state, so call this on
     * the engine thread, or capture there with {@link SnapshotCodec#payloadOf} and later pass
     * {@link SnapshotCodec#frame} of it to {@link #write(long, byte[])}.
     *
     * @return the snapshot file
     */
    public Path write(long journalIndex, EngineState state) {
        return write(journalIndex, SnapshotCodec.encode(journalIndex, state));
    }

    /** Stores a file made for {@code journalIndex} by {@link SnapshotCodec#encode} or {@link SnapshotCodec#frame}. */
    public Path write(long journalIndex, byte[] encoded) {
        if (journalIndex < 0) {
            throw new IllegalArgumentException("a snapshot covers a journal index, not " + journalIndex);
        }
        Path target = directory.resolve(fileName(journalIndex));
        Path temp = directory.resolve(target.getFileName() + TEMP_SUFFIX);
        try {
            Files.createDirectories(directory);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(encoded);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot " + target, e);
        }
        deleteBeyondRetained();
        return target;
    }

    /** The newest snapshot that reads back whole and valid, or empty when there is none. */
    public Optional<Snapshot> loadNewestValid() {
        for (Path file : snapshotFilesNewestFirst()) {
            Optional<Snapshot> loaded = tryLoad(file);
            if (loaded.isPresent()) {
                return loaded;
            }
        }
        LOG.info("no valid snapshot in {}", directory);
        return Optional.empty();
    }

    /** The journal indexes of the snapshot files present, newest first, valid or not. */
    public List<Long> journalIndexes() {
        List<Long> indexes = new ArrayList<>();
        for (Path file : snapshotFilesNewestFirst()) {
            indexes.add(indexOf(file));
        }
        return indexes;
    }

    public Path directory() {
        return directory;
    }

    static String fileName(long journalIndex) {
        return String.format("snapshot-%019d.snap", journalIndex);
    }

    private Optional<Snapshot> tryLoad(Path file) {
        try {
            Snapshot snapshot = SnapshotCodec.decode(Files.readAllBytes(file));
            if (snapshot.journalIndex() != indexOf(file)) {
                throw new SnapshotFormatException("it says it covers journal index " + snapshot.journalIndex());
            }
            LOG.info("loaded snapshot {} covering journal index {}", file.getFileName(), snapshot.journalIndex());
            return Optional.of(snapshot);
        } catch (SnapshotFormatException e) {
            LOG.warn("refusing snapshot {}: {}", file, e.getMessage());
        } catch (IOException e) {
            LOG.warn("refusing snapshot {}: cannot read it: {}", file, e.toString());
        }
        return Optional.empty();
    }

    private List<Path> snapshotFilesNewestFirst() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list snapshots in " + directory, e);
        }
    }

    private static long indexOf(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("not a snapshot file name: " + file);
        }
        return Long.parseLong(name.group(1));
    }

    /** Deletes snapshots beyond the newest {@code retained}, and temp files a crash left half written. */
    private void deleteBeyondRetained() {
        List<Path> files = snapshotFilesNewestFirst();
        for (Path old : files.subList(Math.min(retained, files.size()), files.size())) {
            delete(old);
        }
        try (Stream<Path> temps = Files.list(directory)) {
            temps.filter(file -> file.getFileName().toString().endsWith(".snap" + TEMP_SUFFIX)).forEach(this::delete);
        } catch (IOException e) {
            LOG.warn("cannot list {} for leftover temp files: {}", directory, e.toString());
        }
    }

    private void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            LOG.info("deleted {}", file);
        } catch (IOException e) {
            // The new snapshot is safe; a file left behind only costs disk space until the next write.
            LOG.warn("cannot delete {}: {}", file, e.toString());
        }
    }

    /** So the rename itself survives a power loss (Linux: an fsync of the directory). */
    private void forceDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
