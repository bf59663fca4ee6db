package org.vigil.cad.server;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares. */
final class DataOption {
    @Option(names = "--data", defaultValue = "./data", paramLabel = "DIR",
            description = "Data directory: journal, snapshots, users (default: ${DEFAULT-VALUE}).")
    Path data;

    DataDirectory directory() {
        return new DataDirectory(data.toAbsolutePath().normalize());
    }
}
