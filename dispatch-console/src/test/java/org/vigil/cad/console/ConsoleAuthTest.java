package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.console.ConsoleHarness.Reply;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;

@ExtendWith(NoLeakedThreadsExtension.class)
class ConsoleAuthTest {
    private static final String ASSIGN_E12 = "{\"units\":[\"E12\"]}";

    @TempDir
    Path dataDir;
    private ConsoleHarness console;

    @BeforeEach
    void start() throws Exception {
        console = ConsoleHarness.start(dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    @Test
    void healthNeedsNoSessionAndSaysUp() {
        Reply reply = console.get("/health", null);

        assertEquals(200, reply.status());
        assertEquals("{\"status\":\"UP\"}", reply.body());
    }

    @Test
    void loginReturnsATokenWithTheUsersRoleAndPosition() {
        Reply reply = console.post("/api/login", null,
                "{\"user\":\"dan\",\"password\":\"" + TestUsers.PASSWORD + "\",\"position\":\"FIRE1\"}");

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.text("token").matches("[A-Za-z0-9_-]{43}"), reply.body());
        assertEquals("dan", reply.text("user"));
        assertEquals("dispatcher", reply.text("role"));
        assertEquals("FIRE1", reply.text("position"));
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSame401() {
        Reply wrong = console.post("/api/login", null,
                "{\"user\":\"dan\",\"password\":\"not-the-password\",\"position\":\"D1\"}");
        Reply unknown = console.post("/api/login", null,
                "{\"user\":\"mallory\",\"password\":\"" + TestUsers.PASSWORD + "\",\"position\":\"D1\"}");

        assertEquals(401, wrong.status());
        assertEquals("{\"error\":\"unauthorized\",\"detail\":\"wrong user name or password\"}", wrong.body());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void loginNeedsAPosition() {
        Reply reply = console.post("/api/login", null, "{\"user\":\"dan\",\"password\":\"" + TestUsers.PASSWORD + "\"}");

        assertEquals(400, reply.status());
        assertEquals("missing field \"position\"", reply.text("detail"));
    }

    @Test
    void theApiWithoutATokenOrWithAnUnknownOneIs401() {
        Reply none = console.post("/api/incidents/26-000001/assign", null, ASSIGN_E12);
        Reply unknown = console.post("/api/incidents/26-000001/assign", "made-up-token", ASSIGN_E12);

        assertEquals(401, none.status());
        assertEquals("unauthorized", none.text("error"));
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, unknown.status());
        assertEquals("the session is unknown or has expired; log in again", unknown.text("detail"));
    }

    @Test
    void aSessionIdleForThirtyOneMinutesIsExpired() {
        String token = console.login(TestUsers.SUPERVISOR, "SUP1");
        assertEquals(200, console.get("/api/admin/state-hash", token).status());

        console.clock.advance(Duration.ofMinutes(31));

        Reply reply = console.get("/api/admin/state-hash", token);
        assertEquals(401, reply.status());
        assertEquals("the session is unknown or has expired; log in again", reply.text("detail"));
    }

    @Test
    void aCallTakerMayEnterIncidentsButNotAssignUnitsOrRegisterThem() {
        String token = console.login(TestUsers.CALLTAKER, "CT1");

        Reply assign = console.post("/api/incidents/26-000001/assign", token, ASSIGN_E12);
        assertEquals(403, assign.status());
        assertEquals("forbidden", assign.text("error"));
        assertEquals("a calltaker may not POST /api/incidents/26-000001/assign", assign.text("detail"));
        assertEquals(403, console.post("/api/units/E12/status", token, "{\"status\":\"ENROUTE\"}").status());
        assertEquals(403, console.post("/api/units", token, "{\"unitId\":\"E12\",\"unitType\":\"engine\"}").status());
        assertEquals(403, console.get("/api/admin/state-hash", token).status());

        assertEquals(201, console.post("/api/incidents", token,
                "{\"type\":\"FIRE\",\"priority\":1,\"address\":\"1 Main St\"}").status());
    }

    @Test
    void aDispatcherMayNotRegisterUnits() {
        String token = console.login(TestUsers.DISPATCHER, "D1");

        assertEquals(403, console.post("/api/units", token, "{\"unitId\":\"E12\",\"unitType\":\"engine\"}").status());
    }

    @Test
    void logoutEndsTheSession() {
        String token = console.login(TestUsers.ADMIN, "ADM");

        Reply reply = console.post("/api/logout", token, "");
        assertEquals(200, reply.status());
        assertEquals(401, console.get("/api/admin/state-hash", token).status());
    }
}
