package org.vigil.cad.server;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Properties;
import org.vigil.cad.core.engine.EngineConfig;

/**
 * The engine settings a journal was written with, kept beside it ({@code engine.properties}) so that
 * every later start and every offline replay decides incident years in the same zone.
 */
final class EngineSettings {
    static final String FILE_NAME = "engine.properties";
    private static final String ZONE = "zone";

    private EngineSettings() {
    }

    /** Reads the stored settings, or stores {@code zoneIfNew} for a new data directory. */
    static EngineConfig loadOrCreate(DataDirectory data, ZoneId zoneIfNew) throws IOException {
        Path file = data.root().resolve(FILE_NAME);
        if (Files.exists(file)) {
            return load(file);
        }
        Properties settings = new Properties();
        settings.setProperty(ZONE, zoneIfNew.getId());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            settings.store(out, "Vigil engine settings; the journal beside this file was decided with them");
        }
        return EngineConfig.defaults().withZone(zoneIfNew);
    }

    /** The stored settings; a data directory without them was written with the defaults (UTC). */
    static EngineConfig load(DataDirectory data) throws IOException {
        Path file = data.root().resolve(FILE_NAME);
        return Files.exists(file) ? load(file) : EngineConfig.defaults();
    }

    private static EngineConfig load(Path file) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        String zone = settings.getProperty(ZONE, "UTC");
        try {
            return EngineConfig.defaults().withZone(ZoneId.of(zone));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": unknown time zone '" + zone + "'", e);
        }
    }
}
