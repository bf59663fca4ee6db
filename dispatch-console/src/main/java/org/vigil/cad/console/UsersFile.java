package org.vigil.cad.console;

import java.util.List;

/** The layout of users.json; {@code format} lets a later version refuse or convert an older file. */
record UsersFile(int format, List<StoredUser> users) {
    static final int CURRENT_FORMAT = 1;

    UsersFile {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One user as stored: the bcrypt string carries its own cost and salt. */
    record StoredUser(String name, String role, String passwordHash) {
    }
}
