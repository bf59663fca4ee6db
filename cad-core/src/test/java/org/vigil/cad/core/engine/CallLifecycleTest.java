package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.cad.core.engine.EventAssertions.assertEvents;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.LocationVersion;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** A call from ringing to its end: answer, abandon, release, transfer, rebids, and what is refused. */
class CallLifecycleTest {
    private final EngineScenario floor = new EngineScenario();

    @Test
    void anOfferedCallRingsWithItsFirstLocation() {
        Location spill = new Location("", 37.7793, -122.4193, 48, 90);

        List<Event> events = floor.when(new Command.OfferCall(CallSource.EMERGENCY_911, "4155550123", "WPH2", spill,
                "raw ALI"));

        assertEvents(events, new Event.CallOffered(1, CallSource.EMERGENCY_911, "4155550123", "", "WPH2", "", spill,
                Map.of(), "raw ALI"));
        Call call = floor.call(1);
        assertEquals(CallState.RINGING, call.state());
        assertEquals(List.of(new LocationVersion(floor.nowMicros(), spill)), call.locations());
    }

    static Stream<Command.OfferCall> garbageOffers() {
        return Stream.of(
                new Command.OfferCall(null, null, null, null, null),
                new Command.OfferCall(CallSource.TTY, "", "", Location.UNKNOWN, ""),
                new Command.OfferCall(CallSource.ALARM, "\u0000\u0002garbage\u0003", "???",
                        new Location(null, 999, -999, -1, -5), "\u0002unparsable\u0003"),
                new Command.OfferCall(CallSource.TELEMATICS, "x".repeat(10_000), null,
                        new Location("   ", Double.NaN, 12, Double.NaN, 0), null));
    }

    @ParameterizedTest
    @MethodSource("garbageOffers")
    void anOfferedCallIsNeverRefusedWhateverItsData(Command.OfferCall offer) {
        List<Event> events = floor.when(offer);

        Event.CallOffered offered = EngineScenario.only(events, Event.CallOffered.class);
        assertEquals(1, events.size(), () -> "only the offer, no refusal: " + events);
        Call call = floor.call(offered.callId());
        assertEquals(CallState.RINGING, call.state());
        assertEquals(offer.source() == null ? CallSource.EMERGENCY_911 : offer.source(), call.source());
        assertEquals(offer.ani() == null ? "" : offer.ani(), call.ani());
        assertEquals(offer.location() == null ? Location.UNKNOWN : offer.location(), call.currentLocation());
        assertEquals(offer.rawInput() == null ? "" : offer.rawInput(), offered.rawInput());
    }

    @Test
    void callsAreNumberedInOrderOfArrival() {
        assertEquals(1, floor.givenCall());
        assertEquals(2, floor.givenCall());
        assertEquals(3, floor.givenCall());
    }

    @Test
    void answeringRecordsTheStampingPosition() {
        long callId = floor.givenCall();

        List<Event> events = floor.when(new Command.AnswerCall(callId));

        assertEvents(events, new Event.CallAnswered(callId, EngineScenario.POSITION));
        assertEquals(CallState.ANSWERED, floor.call(callId).state());
        assertEquals(EngineScenario.POSITION, floor.call(callId).answeringPosition());
    }

    @Test
    void aCallIsAnsweredOnlyOnce() {
        long callId = floor.givenAnsweredCall();

        List<Event> events = floor.when(new Command.AnswerCall(callId));

        assertRejected(events, RejectReason.CALL_NOT_RINGING, "call " + callId + " is ANSWERED", "call:" + callId);
    }

    @Test
    void aRingingCallCanBeAbandoned() {
        long callId = floor.givenCall();

        assertEvents(floor.when(new Command.AbandonCall(callId)), new Event.CallAbandoned(callId));
        assertEquals(CallState.ABANDONED, floor.call(callId).state());
    }

    @Test
    void anAnsweredCallCannotBeAbandoned() {
        long callId = floor.givenAnsweredCall();

        List<Event> events = floor.when(new Command.AbandonCall(callId));

        assertRejected(events, RejectReason.CALL_NOT_RINGING, "call " + callId + " is ANSWERED", "call:" + callId);
        assertEquals(CallState.ANSWERED, floor.call(callId).state());
    }

    @Test
    void anAnsweredCallIsReleased() {
        long callId = floor.givenAnsweredCall();

        assertEvents(floor.when(new Command.ReleaseCall(callId)), new Event.CallReleased(callId));
        assertEquals(CallState.RELEASED, floor.call(callId).state());
    }

    @Test
    void aRingingCallCannotBeReleased() {
        long callId = floor.givenCall();

        List<Event> events = floor.when(new Command.ReleaseCall(callId));

        assertRejected(events, RejectReason.CALL_NOT_ANSWERED, "call " + callId + " is RINGING", "call:" + callId);
    }

    @Test
    void anAnsweredCallIsTransferredToAnAgency() {
        long callId = floor.givenAnsweredCall();

        assertEvents(floor.when(new Command.TransferCall(callId, "CHP")), new Event.CallTransferred(callId, "CHP"));
        assertEquals(CallState.TRANSFERRED, floor.call(callId).state());
        assertEquals("CHP", floor.call(callId).transferredTo());
    }

    @Test
    void aTransferNeedsAnAgency() {
        long callId = floor.givenAnsweredCall();

        List<Event> events = floor.when(new Command.TransferCall(callId, " "));

        assertRejected(events, RejectReason.INVALID_INPUT, "a transfer needs an agency", "call:" + callId);
        assertEquals(CallState.ANSWERED, floor.call(callId).state());
    }

    @Test
    void aReleasedCallCannotBeTransferred() {
        long callId = floor.givenAnsweredCall();
        floor.given(new Command.ReleaseCall(callId));

        List<Event> events = floor.when(new Command.TransferCall(callId, "CHP"));

        assertRejected(events, RejectReason.CALL_NOT_ANSWERED, "call " + callId + " is RELEASED", "call:" + callId);
    }

    static Stream<Command> commandsForCall99() {
        return Stream.of(new Command.AnswerCall(99), new Command.AbandonCall(99), new Command.ReleaseCall(99),
                new Command.TransferCall(99, "CHP"), new Command.UpdateCallLocation(99, Location.ofAddress("x")));
    }

    @ParameterizedTest
    @MethodSource("commandsForCall99")
    void everyCallCommandRefusesAnUnknownCall(Command command) {
        floor.givenCall();

        List<Event> events = floor.when(command);

        assertRejected(events, RejectReason.UNKNOWN_CALL, "no call 99", "call:99");
    }

    @Test
    void eachRebidAddsATimestampedLocationVersion() {
        long callId = floor.givenCall();
        long offeredAt = floor.nowMicros();
        Location phase1 = Location.ofAddress("sector 0412 NE");
        Location phase2 = new Location("", 37.7801, -122.4188, 12, 90);
        floor.after(Duration.ofSeconds(5));
        floor.given(new Command.UpdateCallLocation(callId, phase1));
        long firstRebidAt = floor.nowMicros();
        floor.after(Duration.ofSeconds(20));

        List<Event> events = floor.when(new Command.UpdateCallLocation(callId, phase2));

        assertEvents(events, new Event.CallLocationUpdated(callId, phase2, ""));
        List<LocationVersion> versions = floor.call(callId).locations();
        assertEquals(3, versions.size());
        assertEquals(offeredAt, versions.get(0).atMicros());
        assertEquals(new LocationVersion(firstRebidAt, phase1), versions.get(1));
        assertEquals(new LocationVersion(floor.nowMicros(), phase2), versions.get(2));
        assertEquals(phase2, floor.call(callId).currentLocation());
    }

    @Test
    void aRebidWithoutALocationIsRefused() {
        long callId = floor.givenCall();

        List<Event> events = floor.when(new Command.UpdateCallLocation(callId, Location.UNKNOWN));

        assertRejected(events, RejectReason.INVALID_INPUT, "no location given", "call:" + callId);
        assertEquals(1, floor.call(callId).locations().size());
    }

    @Test
    void anEndedCallTakesNoRebid() {
        long callId = floor.givenCall();
        floor.given(new Command.AbandonCall(callId));

        List<Event> events = floor.when(new Command.UpdateCallLocation(callId, Location.ofPoint(37.78, -122.41)));

        assertRejected(events, RejectReason.CALL_ENDED, "call " + callId + " is ABANDONED", "call:" + callId);
    }
}
