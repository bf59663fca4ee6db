package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.console.ConsoleHarness.Reply;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;

/** Input that never reaches the engine: each refusal is a JSON error that says what to fix. */
@ExtendWith(NoLeakedThreadsExtension.class)
class RequestValidationTest {
    @TempDir
    Path dataDir;
    private ConsoleHarness console;
    private String token;

    @BeforeEach
    void start() throws Exception {
        console = ConsoleHarness.start(dataDir);
        token = console.login(TestUsers.DISPATCHER, "D1");
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    @Test
    void malformedJsonIs400() {
        assertBadRequest(console.post("/api/incidents", token, "{\"type\":\"FIRE\","), "malformed JSON");
        assertBadRequest(console.post("/api/incidents", token, "[1,2]"), "expected a JSON object");
        assertBadRequest(console.post("/api/incidents", token, "null"), "expected a JSON object, got null");
        assertBadRequest(console.post("/api/incidents", token, ""), "the request body is empty; expected a JSON object");
        assertBadRequest(console.post("/api/incidents", token, "{\"type\":\"FIRE\",\"type\":\"EMS\",\"priority\":1}"),
                "malformed JSON: Duplicate field 'type'");
        assertBadRequest(console.post("/api/incidents", token, "{\"type\":\"FIRE\",\"priority\":1} {}"),
                "malformed JSON");
    }

    @Test
    void anUnknownFieldIs400AndNamesTheFieldsThatExist() {
        Reply reply = console.post("/api/incidents/26-000001/narrative", token, "{\"text\":\"hi\",\"urgent\":true}");

        assertBadRequest(reply, "unknown field \"urgent\"; expected only text");
    }

    @Test
    void aMissingRequiredFieldIs400() {
        assertBadRequest(console.post("/api/incidents", token, "{\"type\":\"FIRE\"}"), "missing field \"priority\"");
        assertBadRequest(console.post("/api/units/E12/status", token, "{\"override\":true}"), "missing field \"status\"");
        assertBadRequest(console.post("/api/incidents", token, "{\"type\":\"FIRE\",\"priority\":1,\"latitude\":37.7}"),
                "fields \"latitude\" and \"longitude\" go together: give both or neither");
        assertBadRequest(console.post("/api/incidents/26-000001/assign", token, "{\"units\":[]}"),
                "field \"units\" must name at least one unit");
    }

    @Test
    void aWrongTypeIs400() {
        assertBadRequest(console.post("/api/incidents", token, "{\"type\":\"FIRE\",\"priority\":\"high\"}"),
                "field \"priority\" must be an integer");
        assertBadRequest(console.post("/api/incidents", token, "{\"type\":\"FIRE\",\"priority\":1.5}"),
                "field \"priority\" must be an integer");
        assertBadRequest(console.post("/api/units/E12/position", token, "{\"latitude\":\"north\",\"longitude\":1}"),
                "field \"latitude\" must be a number");
        assertBadRequest(console.post("/api/incidents/26-000001/assign", token, "{\"units\":\"E12\"}"),
                "field \"units\" must be an array");
        assertBadRequest(console.post("/api/units/E12/status", token, "{\"status\":\"LUNCH\"}"),
                "unknown unit status \"LUNCH\"; expected one of [AVAILABLE, DISPATCHED, ENROUTE, ONSCENE, "
                        + "TRANSPORTING, ATHOSPITAL, OUTOFSERVICE]");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"text\":\"" + "x".repeat(70 * 1024) + "\"}";

        Reply reply = console.post("/api/incidents/26-000001/narrative", token, huge);

        assertEquals(413, reply.status());
        assertEquals("payload_too_large", reply.text("error"));
        assertEquals("the request body is larger than 65536 bytes", reply.text("detail"));
        assertEquals(200, console.get("/health", null).status(), "the server carries on");
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() {
        Reply unknown = console.get("/api/nothing-here", token);
        assertEquals(404, unknown.status());
        assertEquals("not_found", unknown.text("error"));

        Reply wrongMethod = console.get("/api/incidents/26-000001/close", token);
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.text("error"));
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""));
    }

    private static void assertBadRequest(Reply reply, String detailStart) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("bad_request", reply.text("error"));
        assertTrue(reply.text("detail").startsWith(detailStart), "detail was: " + reply.text("detail"));
    }
}
