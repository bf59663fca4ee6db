package org.vigil.cad.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One operator per role, all with {@link #PASSWORD}. Hashing at cost 12 takes a quarter of a second a
 * user, so the file is made once per test JVM and copied into each test's data directory.
 */
final class TestUsers {
    static final String PASSWORD = "correct-horse-battery";
    static final String CALLTAKER = "carla";
    static final String DISPATCHER = "dan";
    static final String SUPERVISOR = "sue";
    static final String ADMIN = "adam";

    private static byte[] usersFile;

    private TestUsers() {
    }

    static synchronized void writeInto(Path dataDir) throws IOException {
        if (usersFile == null) {
            Path scratch = Files.createTempDirectory("vigil-users");
            UserStore store = UserStore.open(scratch);
            store.add(CALLTAKER, Role.CALLTAKER, PASSWORD.toCharArray());
            store.add(DISPATCHER, Role.DISPATCHER, PASSWORD.toCharArray());
            store.add(SUPERVISOR, Role.SUPERVISOR, PASSWORD.toCharArray());
            store.add(ADMIN, Role.ADMIN, PASSWORD.toCharArray());
            Path file = scratch.resolve(UserStore.FILE_NAME);
            usersFile = Files.readAllBytes(file);
            Files.delete(file);
            Files.delete(scratch);
        }
        Files.createDirectories(dataDir);
        Files.write(dataDir.resolve(UserStore.FILE_NAME), usersFile);
    }
}
