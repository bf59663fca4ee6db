package org.vigil.cad.console.http;

import java.util.EnumSet;
import java.util.Set;
import org.vigil.cad.console.Role;

/** Who may call a route: anyone (no session), or a logged-in user holding one of the listed roles. */
public record Access(boolean needsSession, Set<Role> roles) {
    public static final Access PUBLIC = new Access(false, EnumSet.allOf(Role.class));
    public static final Access ANY_ROLE = new Access(true, EnumSet.allOf(Role.class));

    public Access {
        roles = Set.copyOf(roles);
    }

    public static Access roles(Role first, Role... rest) {
        return new Access(true, EnumSet.of(first, rest));
    }

    public boolean admits(Role role) {
        return roles.contains(role);
    }
}
