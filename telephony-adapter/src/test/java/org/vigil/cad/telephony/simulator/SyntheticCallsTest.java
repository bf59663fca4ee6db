package org.vigil.cad.telephony.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigil.cad.telephony.InboundCall;
import org.vigil.cad.telephony.ali.AliLayout;
import org.vigil.cad.telephony.ali.AliRecordParser;

/** The synthetic call stream: deterministic, plausible, and the mix it was asked for. */
class SyntheticCallsTest {
    private static final AliRecordParser PARSER = new AliRecordParser(AliLayout.jefferson911ai());
    private static final Pattern FICTIONAL = Pattern.compile("(415|628|650|510|925|408)55501\\d\\d");
    private static final LocalDateTime FIRST_CALL = LocalDateTime.of(2026, 3, 14, 9, 26, 53);

    @Test
    void theSameSettingsGiveTheSameCallsByteForByteAndAnotherSeedOthers() {
        List<SyntheticCall> first = take(calls(42, CallMix.typical()), 500);
        List<SyntheticCall> again = take(calls(42, CallMix.typical()), 500);
        List<SyntheticCall> other = take(calls(43, CallMix.typical()), 500);

        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).bytes(), again.get(i).bytes(), "call " + i);
        }
        assertFalse(first.stream().map(SyntheticCall::callbackNumber).toList()
                .equals(other.stream().map(SyntheticCall::callbackNumber).toList()));
    }

    @Test
    void theMixHasTheWeightedClassesSipShareRebidsAndAbandonedCalls() {
        List<SyntheticCall> calls = take(calls(7, CallMix.typical()), 3000);

        long sip = calls.stream().filter(c -> c.channel() == SyntheticCall.Channel.SIP).count();
        assertEquals(0.3, sip / 3000.0, 0.04, "SIP share");
        Map<String, Long> aliClasses = new HashMap<>();
        calls.stream().filter(c -> c instanceof SyntheticCall.AliSpill && !c.rebid())
                .forEach(c -> aliClasses.merge(c.classOfService(), 1L, Long::sum));
        assertEquals(CallMix.CLASSES, aliClasses.keySet(), "every class of service appears over ALI");
        assertTrue(aliClasses.get("WPH2") > 3 * aliClasses.get("RESD"), aliClasses::toString);
        long abandoned = calls.stream().filter(c -> c instanceof SyntheticCall.SipCall s && s.abandoned()).count();
        assertEquals(0.1, abandoned / (double) sip, 0.04, "abandoned share of SIP calls");
        assertTrue(calls.stream().filter(c -> c.channel() == SyntheticCall.Channel.SIP)
                .map(SyntheticCall::classOfService).allMatch(List.of("WIRELESS", "VOIP", "RESD", "BUSN")::contains));
    }

    @Test
    void aRebidFollowsALiveWirelessCallWithTheSameKeyAndANewPhaseTwoPosition() {
        List<SyntheticCall> calls = take(calls(11, CallMix.typical()), 2000);
        Map<String, SyntheticCall> firstByKey = new HashMap<>();
        int rebids = 0;
        for (SyntheticCall call : calls) {
            if (!call.rebid()) {
                firstByKey.putIfAbsent(call.rebidKey(), call);
                continue;
            }
            rebids++;
            SyntheticCall original = firstByKey.get(call.rebidKey());
            assertNotNull(original, "a rebid of a call sent before: " + call.rebidKey());
            assertTrue(original.classOfService().startsWith("WPH"), original.classOfService());
            assertTrue(call.sequence() - original.sequence() >= 2 && call.sequence() - original.sequence() < 200,
                    "soon after: " + original.sequence() + " then " + call.sequence());
            InboundCall rebid = PARSER.parse(((SyntheticCall.AliSpill) call).record());
            assertEquals("WPH2", rebid.classOfService());
            assertEquals(call.rebidKey(), rebid.rebidKey());
            assertEquals(original.callbackNumber(), rebid.ani());
        }
        assertEquals(0.2 * 0.7 * 0.55, rebids / 2000.0, 0.03, "a fifth of the wireless ALI calls");
    }

    @Test
    void everyRecordParsesCleanlyWithSanFranciscoPositionsAndFictionalCallbackNumbers() {
        for (SyntheticCall call : take(calls(3, CallMix.typical().withSipShare(0)), 1000)) {
            InboundCall parsed = PARSER.parse(((SyntheticCall.AliSpill) call).record());
            assertEquals(List.of(), parsed.problems(), ((SyntheticCall.AliSpill) call).record());
            assertTrue(FICTIONAL.matcher(parsed.ani()).matches(), parsed.ani());
            assertEquals(call.rebidKey(), parsed.rebidKey());
            assertEquals(call.classOfService(), parsed.classOfService());
            if (parsed.location().hasPosition()) {
                assertTrue(parsed.location().latitude() > 37.70 && parsed.location().latitude() < 37.82,
                        parsed.location()::toString);
                assertTrue(parsed.location().longitude() > -122.52 && parsed.location().longitude() < -122.35,
                        parsed.location()::toString);
            }
        }
    }

    @Test
    void recordTimesAdvanceAtTheRunsRateFromTheFirstCallsTime() {
        List<SyntheticCall> calls = take(calls(5, CallMix.typical().withSipShare(0)), 21);
        assertEquals("03/14 09:26:53", PARSER.parse(((SyntheticCall.AliSpill) calls.get(0)).record())
                .fields().get("time"));
        assertEquals("03/14 09:26:55", PARSER.parse(((SyntheticCall.AliSpill) calls.get(20)).record())
                .fields().get("time"), "20 calls at 10/s are 2 s apart");
    }

    @Test
    void wirelineNumbersRepeatOnlyAfterAllSixHundredAndARepeatIsARebid() {
        CallMix residential = new CallMix(Map.of("RESD", 1), 0, 0, 0);
        List<SyntheticCall> calls = take(calls(9, residential), 601);

        assertEquals(600, calls.subList(0, 600).stream().map(SyntheticCall::callbackNumber).distinct().count());
        assertTrue(calls.subList(0, 600).stream().noneMatch(SyntheticCall::rebid));
        assertTrue(calls.get(600).rebid(), "the 601st call reuses a number whose call is still live");
    }

    private static SyntheticCalls calls(long seed, CallMix mix) {
        return new SyntheticCalls(new SyntheticCallSettings(seed, "t1", mix, FIRST_CALL, 10),
                AliRecordWriter.jefferson911ai(), new SipInviteWriter("127.0.0.1", 5070));
    }

    private static List<SyntheticCall> take(SyntheticCalls calls, int count) {
        List<SyntheticCall> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(calls.next());
        }
        return taken;
    }
}
