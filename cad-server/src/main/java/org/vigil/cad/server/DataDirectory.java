package org.vigil.cad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where one Vigil installation keeps everything: journal, snapshots, users. */
record DataDirectory(Path root) {

    Path journal() {
        return root.resolve("journal");
    }

    Path snapshots() {
        return root.resolve("snapshots");
    }

    DataDirectory create() throws IOException {
        Files.createDirectories(journal());
        Files.createDirectories(snapshots());
        return this;
    }

    boolean hasJournal() {
        return Files.isDirectory(journal());
    }
}
