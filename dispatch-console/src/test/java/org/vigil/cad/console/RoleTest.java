package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void parsesInAnyLetterCase() {
        assertEquals(Role.CALLTAKER, Role.parse("calltaker"));
        assertEquals(Role.DISPATCHER, Role.parse("DISPATCHER"));
        assertEquals(Role.SUPERVISOR, Role.parse(" Supervisor "));
        assertEquals("admin", Role.ADMIN.wireName());
    }

    @Test
    void anUnknownRoleNamesTheOnesThatExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.parse("chief"));
        assertEquals("unknown role \"chief\"; expected one of calltaker, dispatcher, supervisor, admin", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Role.parse(null));
    }
}
