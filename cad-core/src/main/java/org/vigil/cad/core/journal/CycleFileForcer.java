package org.vigil.cad.core.journal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Group commit for {@link Durability#SYNC}: forces the queue's cycle files to disk once per batch.
 * Chronicle writes through a shared memory mapping and never forces it; an fsync of a plain file
 * descriptor on the same file writes those dirty pages back too (Linux keeps one page cache per file).
 * A batch that rolls into a new cycle forces the file it left as well, and the directory and the queue's
 * metadata file, so the new file's name and the cycle listing survive a power loss.
 * Used by the journal thread only.
 */
final class CycleFileForcer implements AutoCloseable {
    private static final int NO_CYCLE = Integer.MIN_VALUE;

    private final Path directory;
    private final Path metadataFile;
    private final List<FileChannel> leftInThisBatch = new ArrayList<>(2);
    private int currentCycle = NO_CYCLE;
    private FileChannel currentFile;
    private boolean appendedSinceForce;
    private boolean cycleChangedSinceForce;
    // Single writer (the journal thread); volatile so metrics and tests on other threads see the counts.
    private volatile long forcedBatches;
    private volatile long forcedFiles;

    CycleFileForcer(Path directory, Path metadataFile) {
        this.directory = directory;
        this.metadataFile = metadataFile;
    }

    /** Notes an append to the cycle file the appender now writes; opens that file only when the cycle changed. */
    void appended(int cycle, File cycleFile) {
        if (cycle != currentCycle) {
            if (currentFile != null) {
                leftInThisBatch.add(currentFile);
            }
            currentFile = openForForcing(cycleFile.toPath());
            currentCycle = cycle;
            cycleChangedSinceForce = true;
        }
        appendedSinceForce = true;
    }

    /** Forces everything written since the last force; does nothing when nothing was appended. */
    void forceIfAppended() {
        if (!appendedSinceForce) {
            return;
        }
        try {
            for (FileChannel left : leftInThisBatch) {
                force(left);
                left.close();
            }
            leftInThisBatch.clear();
            force(currentFile);
            if (cycleChangedSinceForce) {
                forceOnce(metadataFile, StandardOpenOption.WRITE);
                forceOnce(directory, StandardOpenOption.READ);
                cycleChangedSinceForce = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the journal to disk in " + directory, e);
        }
        appendedSinceForce = false;
        forcedBatches++;
    }

    long forcedBatches() {
        return forcedBatches;
    }

    long forcedFiles() {
        return forcedFiles;
    }

    @Override
    public void close() {
        try {
            for (FileChannel left : leftInThisBatch) {
                left.close();
            }
            leftInThisBatch.clear();
            if (currentFile != null) {
                currentFile.close();
                currentFile = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a journal cycle file in " + directory, e);
        }
    }

    private void force(FileChannel channel) throws IOException {
        // false: the data and the size it needs, not the timestamps (fdatasync).
        channel.force(false);
        forcedFiles++;
    }

    private static void forceOnce(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
    }

    private static FileChannel openForForcing(Path path) {
        try {
            return FileChannel.open(path, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal cycle file " + path + " to force it", e);
        }
    }
}
