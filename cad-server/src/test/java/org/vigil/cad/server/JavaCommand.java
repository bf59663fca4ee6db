package org.vigil.cad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@code java} command line for a child JVM on this test's classpath, with the flags Chronicle needs. */
final class JavaCommand {
    private JavaCommand() {
    }

    static List<String> forMainClass(Class<?> main) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(Arrays.asList(jvmFlags().trim().split("\\s+")));
        if (Runtime.version().feature() >= 24) {
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        return command;
    }

    private static String jvmFlags() {
        try (InputStream in = JavaCommand.class.getResourceAsStream("/vigil-jvm-flags.txt")) {
            if (in == null) {
                throw new IllegalStateException("vigil-jvm-flags.txt is not on the classpath; build cad-core first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
