package org.vigil.cad.console;

import java.util.Objects;

/** A person who may log in to a console position. */
public record User(String name, Role role) {

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
