package org.vigil.cad.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.pipeline.CommandResult;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;

/** GET /api/calls: the ringing queue with 9-1-1 ahead of admin lines, and the abandoned-call callback list. */
@ExtendWith(NoLeakedThreadsExtension.class)
class CallBoardApiTest {
    private static final Operator PHONE = new Operator("telephony", "");

    @TempDir
    Path dir;

    private ConsoleHarness console;
    private String token;

    @BeforeEach
    void start() throws Exception {
        console = ConsoleHarness.start(dir);
        token = console.login(TestUsers.CALLTAKER, "CT1");
    }

    @AfterEach
    void stop() throws Exception {
        console.close();
    }

    private long offer(CallSource source, String ani, String pani, Location location) throws Exception {
        CommandResult result = console.pipeline.gateway().submit(new Command.OfferCall(source, ani, pani, "WPH2", "",
                location, Map.of("ESN", "00521"), "raw"), PHONE).get(10, TimeUnit.SECONDS);
        return result.events().get(0).event() instanceof org.vigil.cad.core.event.Event.CallOffered o ? o.callId() : -1;
    }

    @Test
    void ringingCallsListNineOneOneAheadOfAdminLinesWithTheirLocationHistory() throws Exception {
        long admin = offer(CallSource.ADMIN_LINE, "4155550142", "", Location.UNKNOWN);
        long wireless = offer(CallSource.EMERGENCY_911, "3155550107", "3155554667",
                new Location("CO RTE 189 - SE SECTOR", 43.788, -76.019, 103_526, 0));
        offer(CallSource.EMERGENCY_911, "3155550107", "3155554667", new Location("", 43.7881, -76.0192, 28, 90));

        JsonNode calls = console.get("/api/calls?state=ringing", token).json().get("calls");
        assertEquals(List.of(wireless, admin), List.of(calls.get(0).get("id").asLong(), calls.get(1).get("id").asLong()));
        JsonNode locations = calls.get(0).get("locations");
        assertEquals(2, locations.size(), "the rebid is a second location version: " + calls.get(0));
        assertEquals(28.0, locations.get(1).get("location").get("uncertaintyMeters").asDouble());
        assertEquals("00521", calls.get(0).get("details").get("ESN").asText());
    }

    @Test
    void anAbandonedCallIsOnTheCallbackListAndAnUnknownStateIsABadRequest() throws Exception {
        long gone = offer(CallSource.EMERGENCY_911, "4155550111", "", Location.UNKNOWN);
        offer(CallSource.EMERGENCY_911, "4155550122", "", Location.UNKNOWN);
        assertTrue(console.pipeline.gateway().submit(new Command.HangUp(gone), PHONE).get(10, TimeUnit.SECONDS).accepted());

        JsonNode callbacks = console.get("/api/calls?state=abandoned", token).json().get("calls");
        assertEquals(1, callbacks.size());
        assertEquals("4155550111", callbacks.get(0).get("ani").asText());
        assertEquals(2, console.get("/api/calls", token).json().get("calls").size(), "no filter lists every call");

        ConsoleHarness.Reply bad = console.get("/api/calls?state=onhold", token);
        assertEquals(400, bad.status());
        assertTrue(bad.text("detail").contains("state must be one of"), bad.body());
        assertEquals(401, console.get("/api/calls", null).status());
    }
}
