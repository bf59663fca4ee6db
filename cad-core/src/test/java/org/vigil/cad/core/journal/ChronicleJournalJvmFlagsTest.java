package org.vigil.cad.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal refuses to start in a JVM where Chronicle could not write, instead of failing at the first append. */
class ChronicleJournalJvmFlagsTest {
    private static final List<String> ALL_BUT_SUN_NIO_CH = List.of(
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED");

    @TempDir
    Path dir;

    @Test
    void withoutAnyFlagItNamesBothMissingFlags() throws Exception {
        String output = runProbe(List.of());
        assertTrue(output.contains("IllegalStateException"), output);
        assertTrue(output.contains("without the JVM flags " + ChronicleJvmAccess.EXPORT_SUN_NIO_CH + " "
                + ChronicleJvmAccess.OPEN_JAVA_LANG_REFLECT), output);
        assertEquals(List.of(), queueFiles(), "nothing was created");
    }

    @Test
    void withoutSunNioChItRefusesInsteadOfOpeningReadOnly() throws Exception {
        String output = runProbe(ALL_BUT_SUN_NIO_CH);
        assertTrue(output.contains("without the JVM flags " + ChronicleJvmAccess.EXPORT_SUN_NIO_CH + ";"), output);
        assertEquals(List.of(), queueFiles(), "nothing was created");
    }

    private String runProbe(List<String> jvmFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Dchronicle.analytics.disable=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(JournalOpenProbe.class.getName());
        command.add(dir.toString());
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe JVM exits");
        assertNotEquals(0, probe.exitValue(), output);
        return output;
    }

    private List<Path> queueFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
