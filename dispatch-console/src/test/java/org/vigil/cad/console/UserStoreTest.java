package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
    private static final String PASSWORD = "s3cret-but-long";

    @TempDir
    Path dataDir;

    @Test
    void aMissingFileMeansNoUsers() throws IOException {
        UserStore store = UserStore.open(dataDir.resolve("not-yet"));
        assertEquals(List.of(), store.list());
        assertEquals(Optional.empty(), store.authenticate("ana", PASSWORD.toCharArray()));
    }

    @Test
    void storesABcryptHashNeverThePasswordAndSurvivesReopening() throws IOException {
        UserStore.open(dataDir).add("ana", Role.DISPATCHER, PASSWORD.toCharArray());

        String file = Files.readString(dataDir.resolve(UserStore.FILE_NAME), StandardCharsets.UTF_8);
        assertFalse(file.contains(PASSWORD), file);
        assertTrue(file.contains("\"passwordHash\" : \"$2y$12$"), "bcrypt at cost 12: " + file);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(UserStore.FILE_NAME))));
        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(List.of(UserStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }

        UserStore reopened = UserStore.open(dataDir);
        assertEquals(List.of(new User("ana", Role.DISPATCHER)), reopened.list());
        assertEquals(Optional.of(new User("ana", Role.DISPATCHER)), reopened.authenticate("ana", PASSWORD.toCharArray()));
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsRefused() throws IOException {
        UserStore store = UserStore.open(dataDir);
        store.add("ana", Role.CALLTAKER, PASSWORD.toCharArray());

        assertEquals(Optional.empty(), store.authenticate("ana", "s3cret-but-wrong".toCharArray()));
        assertEquals(Optional.empty(), store.authenticate("ANA", PASSWORD.toCharArray()), "names are exact");
        assertEquals(Optional.empty(), store.authenticate("bob", PASSWORD.toCharArray()));
        assertEquals(Optional.empty(), store.authenticate("ana", new char[0]));
        assertEquals(Optional.empty(), store.authenticate(null, PASSWORD.toCharArray()));
    }

    @Test
    void refusesADuplicateInAnyLetterCaseAndKeepsTheFileAsItWas() throws IOException {
        UserStore store = UserStore.open(dataDir);
        store.add("ana", Role.CALLTAKER, PASSWORD.toCharArray());
        byte[] before = Files.readAllBytes(dataDir.resolve(UserStore.FILE_NAME));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.add("Ana", Role.ADMIN, PASSWORD.toCharArray()));
        assertEquals("user \"ana\" already exists", e.getMessage());
        assertEquals(List.of(new User("ana", Role.CALLTAKER)), store.list());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(dataDir.resolve(UserStore.FILE_NAME), StandardCharsets.UTF_8));
    }

    @Test
    void refusesWeakPasswordsAndBadNamesBeforeHashing() throws IOException {
        UserStore store = UserStore.open(dataDir);

        assertEquals("a password needs at least 8 characters", assertThrows(IllegalArgumentException.class,
                () -> store.add("ana", Role.ADMIN, "short".toCharArray())).getMessage());
        assertEquals("a password must be at most 72 bytes in UTF-8 (bcrypt ignores the rest)",
                assertThrows(IllegalArgumentException.class,
                        () -> store.add("ana", Role.ADMIN, "x".repeat(73).toCharArray())).getMessage());
        assertEquals("a user name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> store.add("   ", Role.ADMIN, PASSWORD.toCharArray())).getMessage());
        assertEquals("a user name must not contain spaces or control characters: \"ana maria\"",
                assertThrows(IllegalArgumentException.class,
                        () -> store.add("ana maria", Role.ADMIN, PASSWORD.toCharArray())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.add("ana", null, PASSWORD.toCharArray()));
        assertEquals(List.of(), store.list());
        assertFalse(Files.exists(dataDir.resolve(UserStore.FILE_NAME)));
    }

    @Test
    void aDamagedFileIsAnErrorNotAnEmptyStore() throws IOException {
        Files.writeString(dataDir.resolve(UserStore.FILE_NAME), "{\"format\":1,\"users\":[{\"name\":\"ana\"");
        IOException e = assertThrows(IOException.class, () -> UserStore.open(dataDir));
        assertTrue(e.getMessage().contains("is not a valid users file"), e.getMessage());

        Files.writeString(dataDir.resolve(UserStore.FILE_NAME), "{\"format\":2,\"users\":[]}");
        e = assertThrows(IOException.class, () -> UserStore.open(dataDir));
        assertTrue(e.getMessage().contains("unsupported users file format 2"), e.getMessage());

        Files.writeString(dataDir.resolve(UserStore.FILE_NAME),
                "{\"format\":1,\"users\":[{\"name\":\"ana\",\"role\":\"chief\",\"passwordHash\":\"$2y$12$x\"}]}");
        e = assertThrows(IOException.class, () -> UserStore.open(dataDir));
        assertTrue(e.getMessage().contains("unknown role \"chief\""), e.getMessage());
    }
}
