package org.vigil.cad.console;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an operator may do on the floor; each API route names the roles it admits. */
public enum Role {
    CALLTAKER,
    DISPATCHER,
    SUPERVISOR,
    ADMIN;

    /** Parses a role name in any letter case, e.g. {@code dispatcher} or {@code DISPATCHER}. */
    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.name().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("unknown role \"" + text + "\"; expected one of " + names());
    }

    /** The lower-case name used in the API and in users.json. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String names() {
        return Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", "));
    }
}
