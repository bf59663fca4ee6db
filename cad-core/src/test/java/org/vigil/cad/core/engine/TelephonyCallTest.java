package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.cad.core.engine.EventAssertions.assertEvents;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** What the phone side does to calls: rebids matched by pANI/ESRK, hang-ups, and text sessions. */
class TelephonyCallTest {
    private static final Location TOWER = new Location("CO RTE 189 - SE SECTOR", 43.788, -76.019, 103_526, 0);
    private static final Location FIX = new Location("", 43.7881, -76.0192, 28, 90);
    private final EngineScenario floor = new EngineScenario().at("2026-03-01T10:00:00Z");

    private static Command.OfferCall wireless(String pani, Location location, String raw) {
        return new Command.OfferCall(CallSource.EMERGENCY_911, "3155550107", pani, "WPH2", "VERIZON WIRELESS",
                location, Map.of("ESN", "00521", "CPF", "VZW"), raw);
    }

    @Test
    void aSecondRecordWithTheSamePaniWhileTheCallIsUpIsARebidNotANewCall() {
        floor.when(wireless("3155550999", TOWER, "spill 1"));
        floor.after(Duration.ofSeconds(25));

        List<Event> rebid = floor.when(wireless("3155550999", FIX, "spill 2"));

        assertEvents(rebid, new Event.CallLocationUpdated(1, FIX, "spill 2"));
        Call call = floor.call(1);
        assertEquals(List.of(TOWER, FIX), call.locations().stream().map(v -> v.location()).toList());
        assertEquals(floor.nowMicros(), call.locations().get(1).atMicros(), "each version keeps its own time");
        assertEquals(Map.of("ESN", "00521", "CPF", "VZW"), call.details());
        assertEquals("VERIZON WIRELESS", call.callerName());
        assertEquals(2, floor.engine().state().nextCallId(), "no second call");
    }

    @Test
    void theSameCallerAfterHangingUpIsANewCallAndDifferentKeysNeverMerge() {
        floor.when(wireless("3155550999", TOWER, "spill 1"));
        floor.when(new Command.HangUp(1));

        List<Event> again = floor.when(wireless("3155550999", FIX, "spill 3"));
        assertEquals(2L, ((Event.CallOffered) again.get(0)).callId());

        List<Event> other = floor.when(wireless("3155550888", FIX, "spill 4"));
        assertEquals(3L, ((Event.CallOffered) other.get(0)).callId());

        List<Event> noKey = floor.when(new Command.OfferCall(CallSource.EMERGENCY_911, "3155550107", "WPH2", FIX, "x"));
        assertEquals(4L, ((Event.CallOffered) noKey.get(0)).callId(), "an empty key never matches");
    }

    @Test
    void hangingUpARingingCallAbandonsItAndAnAnsweredOneIsReleased() {
        long ringing = floor.givenCall();
        long answered = floor.givenAnsweredCall();

        assertEvents(floor.when(new Command.HangUp(ringing)), new Event.CallAbandoned(ringing));
        assertEvents(floor.when(new Command.HangUp(answered)), new Event.CallReleased(answered));
        assertEquals(CallState.ABANDONED, floor.call(ringing).state());
        assertEquals(CallState.RELEASED, floor.call(answered).state());

        assertRejected(floor.when(new Command.HangUp(ringing)), RejectReason.CALL_ENDED,
                "call " + ringing + " is ABANDONED", "call:" + ringing);
        assertRejected(floor.when(new Command.HangUp(99)), RejectReason.UNKNOWN_CALL, "no call 99", "call:99");
    }

    @Test
    void aTextSessionKeepsTheTranscriptWithWhoSaidWhatAndWhen() {
        long call = floor.givenCall(CallSource.TEXT, "4155550123");
        floor.when(new Command.AddCallText(call, true, "someone broke in, I can't talk"));
        floor.after(Duration.ofSeconds(4));
        List<Event> reply = floor.when(new Command.AddCallText(call, false, "Are you safe? Where are you?"));

        assertEquals(EngineScenario.OPERATOR, ((Event.CallTextAdded) reply.get(0)).sender(), "a reply is signed by its operator");
        assertEquals(List.of(Event.CallTextAdded.CALLER, EngineScenario.OPERATOR),
                floor.call(call).transcript().stream().map(t -> t.sender()).toList());
        assertEquals(floor.nowMicros(), floor.call(call).transcript().get(1).atMicros());
        assertRejected(floor.when(new Command.AddCallText(call, true, "  ")), RejectReason.INVALID_INPUT,
                "the message is empty", "call:" + call);
    }
}
