package org.vigil.cad.console;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.vigil.cad.console.UsersFile.StoredUser;

/**
 * The operators who may log in, kept in {@code users.json} in the data directory with bcrypt hashes,
 * never the passwords. Reads are lock-free over an immutable map; {@link #add} rewrites the file atomically.
 */
public final class UserStore {
    public static final String FILE_NAME = "users.json";
    public static final int MIN_PASSWORD_CHARS = 8;
    /** bcrypt silently ignores bytes past 72, so a longer password would be weaker than it looks. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_NAME_CHARS = 64;

    private static final int BCRYPT_COST = 12;
    private static final int SALT_BYTES = 16;
    /** Checked against for unknown names, so that a miss costs as long as a wrong password. */
    private static final String UNKNOWN_USER_HASH = "$2y$12$O7p6Fku4FCrCOj2h1Ln43epITehdFyP8wb4tF/NHRkdKx4SQxWaA2";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private volatile Map<String, StoredUser> users;

    private UserStore(Path file, Map<String, StoredUser> users) {
        this.file = file;
        this.users = users;
    }

    /** Opens the store of a data directory; a missing file means no users yet. */
    public static UserStore open(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        return new UserStore(file, Files.exists(file) ? read(file) : Map.of());
    }

    /** Adds a user and saves the file; refuses a bad name, a duplicate name (in any letter case) or a weak password. */
    public synchronized void add(String name, Role role, char[] password) throws IOException {
        checkName(name);
        if (role == null) {
            throw new IllegalArgumentException("a user needs a role");
        }
        checkPassword(password);
        for (String existing : users.keySet()) {
            if (existing.equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("user \"" + existing + "\" already exists");
            }
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        String hash = OpenBSDBCrypt.generate(password, salt, BCRYPT_COST);
        Map<String, StoredUser> updated = new LinkedHashMap<>(users);
        updated.put(name, new StoredUser(name, role.wireName(), hash));
        write(file, updated);
        users = Collections.unmodifiableMap(updated);
    }

    /**
     * The user, when the name exists and the password matches. Takes a full bcrypt check (about a
     * quarter of a second) whether or not the name exists: call it off any event loop.
     */
    public Optional<User> authenticate(String name, char[] password) {
        StoredUser stored = name == null ? null : users.get(name);
        if (password == null || password.length == 0) {
            return Optional.empty();
        }
        boolean matches = OpenBSDBCrypt.checkPassword(stored == null ? UNKNOWN_USER_HASH : stored.passwordHash(),
                password);
        return matches && stored != null ? Optional.of(toUser(stored)) : Optional.empty();
    }

    /** Every user, in the order they were added. */
    public List<User> list() {
        List<User> list = new ArrayList<>(users.size());
        for (StoredUser stored : users.values()) {
            list.add(toUser(stored));
        }
        return List.copyOf(list);
    }

    private static User toUser(StoredUser stored) {
        return new User(stored.name(), Role.parse(stored.role()));
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user name must not be blank");
        }
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("a user name must be at most " + MAX_NAME_CHARS + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("a user name must not contain spaces or control characters: \""
                        + name + "\"");
            }
        }
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_CHARS) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_CHARS + " characters");
        }
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        int bytes = utf8.remaining();
        utf8.clear();
        while (utf8.hasRemaining()) {
            utf8.put((byte) 0);
        }
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("a password must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (bcrypt ignores the rest)");
        }
    }

    private static Map<String, StoredUser> read(Path file) throws IOException {
        UsersFile parsed;
        try {
            parsed = JSON.readValue(file.toFile(), UsersFile.class);
        } catch (JacksonException e) {
            throw new IOException(file + " is not a valid users file: " + e.getOriginalMessage(), e);
        }
        if (parsed == null || parsed.format() != UsersFile.CURRENT_FORMAT) {
            throw new IOException(file + ": unsupported users file format "
                    + (parsed == null ? "(empty)" : parsed.format()) + ", expected " + UsersFile.CURRENT_FORMAT);
        }
        Map<String, StoredUser> users = new LinkedHashMap<>();
        for (StoredUser stored : parsed.users()) {
            checkStored(file, stored);
            users.put(stored.name(), stored);
        }
        return Collections.unmodifiableMap(users);
    }

    private static void checkStored(Path file, StoredUser stored) throws IOException {
        try {
            checkName(stored.name());
            Role.parse(stored.role());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (stored.passwordHash() == null || !stored.passwordHash().startsWith("$2")) {
            throw new IOException(file + ": user \"" + stored.name() + "\" has no bcrypt password hash");
        }
    }

    /** Writes a temporary file, forces it, then renames it over the old one: a crash leaves one or the other. */
    private static void write(Path file, Map<String, StoredUser> users) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] bytes = JSON.writeValueAsBytes(new UsersFile(UsersFile.CURRENT_FORMAT, List.copyOf(users.values())));
        Path temp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp", ownerOnly());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The hashes are secrets too: readable by the owner only, where the file system can say so. */
    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
