package org.vigil.cad.telephony.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.telephony.InboundCall;

/** The UAS behaviour, message by message, on a fake transport: responses, dialogs, hang-ups and metrics. */
class SipRequestHandlerTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingCallSink sink = new RecordingCallSink();
    private final FakeTransport udp = FakeTransport.udp();
    private SipRequestHandler handler = new SipRequestHandler(SipServerConfig.defaults(), sink,
            new SipMetrics(registry));

    private double count(String name, String tag, String value) {
        var counter = registry.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private double malformed() {
        var counter = registry.find("vigil.sip.malformed").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aCallFromInviteToBye() {
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-a", "z9hG4bK-a1"), udp);
        assertEquals(List.of(100, 180, 200), udp.statuses());
        String ok = udp.last();
        String toTag = SipSamples.toTagOf(ok);
        assertFalse(toTag.isEmpty());
        assertEquals(toTag, SipSamples.toTagOf(udp.sent().get(1)), "180 and 200 carry the same To tag");
        assertTrue(ok.contains("Content-Type: application/sdp"), ok);
        assertTrue(ok.contains("a=inactive"), ok);
        assertTrue(ok.contains("m=audio 9 RTP/AVP 0"), ok);
        assertTrue(ok.contains("Contact: <sip:vigil@127.0.0.1:5060;transport=udp>"), ok);

        InboundCall call = sink.offers().get(0);
        assertEquals(CallSource.EMERGENCY_911, call.source());
        assertEquals("12025551212", call.ani());
        assertEquals("BUSN", call.classOfService());

        handler.onMessage(SipSamples.ack("call-a", toTag, "z9hG4bK-a2"), udp);
        assertEquals(3, udp.sent().size(), "ACK is never answered");
        handler.onMessage(SipSamples.bye("call-a", toTag, "z9hG4bK-a3"), udp);
        assertEquals(List.of(100, 180, 200, 200), udp.statuses());
        assertTrue(udp.last().contains("CSeq: 2 BYE"));
        assertEquals(List.of(sink.idOfOffer(0)), sink.hungUp());

        assertEquals(1, count("vigil.sip.requests", "method", "INVITE"));
        assertEquals(1, count("vigil.sip.requests", "method", "ACK"));
        assertEquals(1, count("vigil.sip.requests", "method", "BYE"));
        assertEquals(2, count("vigil.sip.responses", "status", "200"));
        assertEquals(0, malformed());
    }

    @Test
    void aRetransmittedInviteIsAbsorbed() {
        byte[] invite = SipSamples.invite(SipSamples.ESRP, "call-r", "z9hG4bK-r1");
        handler.onMessage(invite, udp);
        handler.onMessage(invite, udp);
        assertEquals(1, sink.offers().size());
        assertEquals(List.of(100, 180, 200, 200), udp.statuses());
        assertEquals(udp.sent().get(2), udp.sent().get(3), "the same 200 OK again");
        assertEquals(1, count("vigil.sip.responses", "status", "200"), "a resend is not a new response");
    }

    @Test
    void inviteWithoutBranchIsMatchedTheRfc2543Way() {
        // The ESRP template's Via has no branch at all.
        String noBranch = SipSamples.template(SipSamples.ESRP);
        byte[] invite = SipSamples.fill(noBranch, "call-nb", "unused");
        handler.onMessage(invite, udp);
        handler.onMessage(invite, udp);
        assertEquals(1, sink.offers().size());
    }

    @Test
    void theAnswerIsRetransmittedOverUdpUntilAck() {
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-t", "z9hG4bK-t1"), udp);
        udp.advanceMillis(499);
        assertEquals(3, udp.sent().size());
        udp.advanceMillis(1);
        assertEquals(List.of(100, 180, 200, 200), udp.statuses(), "first resend at T1");
        udp.advanceMillis(1000);
        assertEquals(5, udp.sent().size(), "then at 2*T1");
        String toTag = SipSamples.toTagOf(udp.last());
        handler.onMessage(SipSamples.ack("call-t", toTag, "z9hG4bK-t2"), udp);
        udp.advanceMillis(60_000);
        assertEquals(5, udp.sent().size(), "no retransmission after ACK");
        handler.onMessage(SipSamples.bye("call-t", toTag, "z9hG4bK-t3"), udp);
        assertEquals(200, udp.statuses().get(5), "the confirmed dialog outlives the timers");
    }

    @Test
    void anAnswerNeverAcknowledgedEndsTheCallAfter64T1() {
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-noack", "z9hG4bK-n1"), udp);
        String toTag = SipSamples.toTagOf(udp.last());
        udp.advanceMillis(31_999);
        // Resent at 0.5, 1.5, 3.5, 7.5, 11.5, ... 31.5 s: intervals doubling from T1 and capped at T2 = 4 s.
        assertEquals(3 + 10, udp.sent().size());
        assertEquals(List.of(), sink.hungUp());
        udp.advanceMillis(1);
        assertEquals(List.of(sink.idOfOffer(0)), sink.hungUp());
        assertEquals(0, udp.pendingTasks());
        handler.onMessage(SipSamples.bye("call-noack", toTag, "z9hG4bK-n2"), udp);
        assertEquals(481, udp.statuses().get(udp.statuses().size() - 1));
    }

    @Test
    void noRetransmissionOverTcp() {
        FakeTransport tcp = new FakeTransport(true);
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-tcp", "z9hG4bK-c1"), tcp);
        tcp.advanceMillis(10_000);
        assertEquals(List.of(100, 180, 200), tcp.statuses());
    }

    @Test
    void cancelBeforeTheAnswerAbandonsTheCall() {
        sink.holdOffers();
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-c", "z9hG4bK-c1"), udp);
        assertEquals(List.of(100, 180), udp.statuses());
        handler.onMessage(SipSamples.cancel("call-c", "z9hG4bK-c1"), udp);
        assertEquals(List.of(100, 180, 200, 487), udp.statuses());
        assertTrue(udp.sent().get(2).contains("CSeq: 1 CANCEL"));
        assertTrue(udp.sent().get(3).contains("CSeq: 1 INVITE"));
        assertEquals(List.of(), sink.hungUp(), "the engine hears of it only once the offer is journaled");

        sink.releaseOffers();
        assertEquals(List.of(sink.idOfOffer(0)), sink.hungUp());
        assertEquals(4, udp.sent().size(), "no 200 OK after a 487");

        String toTag = SipSamples.toTagOf(udp.last());
        handler.onMessage(SipSamples.ack("call-c", toTag, "z9hG4bK-c1"), udp);
        handler.onMessage(SipSamples.bye("call-c", toTag, "z9hG4bK-c3"), udp);
        assertEquals(481, udp.statuses().get(4), "the dialog ended with the ACK of the 487");
        assertEquals(1, sink.hungUp().size());
    }

    @Test
    void cancelAfterTheAnswerChangesNothing() {
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-late", "z9hG4bK-l1"), udp);
        handler.onMessage(SipSamples.cancel("call-late", "z9hG4bK-l1"), udp);
        assertEquals(List.of(100, 180, 200, 200), udp.statuses());
        assertEquals(List.of(), sink.hungUp());
    }

    @Test
    void unknownDialogsGet481() {
        handler.onMessage(SipSamples.bye("nobody", "abc", "z9hG4bK-u1"), udp);
        handler.onMessage(SipSamples.cancel("nobody", "z9hG4bK-u2"), udp);
        assertEquals(List.of(481, 481), udp.statuses());
        assertTrue(udp.sent().get(0).contains("Warning: 399 127.0.0.1 \"no such dialog\""), udp.sent().get(0));
    }

    @Test
    void optionsIsAnsweredWithWhatIsAllowed() {
        handler.onMessage(SipSamples.options("z9hG4bK-o1"), udp);
        assertEquals(List.of(200), udp.statuses());
        assertTrue(udp.last().contains("Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE"), udp.last());
        assertFalse(SipSamples.toTagOf(udp.last()).isEmpty());
        assertEquals(0, sink.offers().size());
    }

    @Test
    void unsupportedMethods() {
        handler.onMessage(SipSamples.request("SUBSCRIBE sip:vigil@h SIP/2.0", "Via: SIP/2.0/UDP h;branch=z9hG4bK-s",
                "From: <sip:a@h>;tag=1", "To: <sip:vigil@h>", "Call-ID: s1", "CSeq: 1 SUBSCRIBE", "Content-Length: 0",
                "", ""), udp);
        handler.onMessage(SipSamples.request("FROBNICATE sip:vigil@h SIP/2.0", "Via: SIP/2.0/UDP h;branch=z9hG4bK-f",
                "From: <sip:a@h>;tag=1", "To: <sip:vigil@h>", "Call-ID: f1", "CSeq: 1 FROBNICATE",
                "Content-Length: 0", "", ""), udp);
        assertEquals(List.of(405, 501), udp.statuses());
        assertEquals(1, count("vigil.sip.requests", "method", "OTHER"));
    }

    @Test
    void aTruncatedInviteIsRefusedButTheCallShows() {
        byte[] invite = SipSamples.invite(SipSamples.OSP, "call-cut", "z9hG4bK-x1");
        byte[] cut = java.util.Arrays.copyOf(invite, invite.length - 300);
        handler.onMessage(cut, udp);
        assertEquals(List.of(400), udp.statuses());
        assertTrue(udp.last().contains("shorter than Content-Length"), udp.last());
        InboundCall call = sink.offers().get(0);
        assertEquals("12025551212", call.ani());
        assertTrue(call.malformed());
        assertTrue(call.problems().get(0).startsWith("INVITE refused with 400"), call.problems()::toString);
        assertEquals(new String(cut, StandardCharsets.ISO_8859_1), call.rawInput());
        assertEquals(List.of(sink.idOfOffer(0)), sink.hungUp(), "shown as abandoned, for a callback");
        assertEquals(1, malformed());

        handler.onMessage(cut, udp);
        assertEquals(1, sink.offers().size(), "its retransmission gets the same 400, not a second call");
    }

    @Test
    void everyTruncationGetsAnAnswerOrAVisibleCall() {
        byte[] invite = SipSamples.invite(SipSamples.ESRP, "call-every", "z9hG4bK-e1");
        int answeredOrShown = 0;
        for (int cut = 1; cut < invite.length; cut += 7) {
            FakeTransport transport = FakeTransport.udp();
            handler = new SipRequestHandler(SipServerConfig.defaults(), sink, new SipMetrics(registry));
            int offersBefore = sink.offers().size();
            handler.onMessage(java.util.Arrays.copyOf(invite, cut), transport);
            boolean answered = !transport.sent().isEmpty();
            boolean shown = sink.offers().size() > offersBefore;
            assertTrue(answered || shown, "a cut at " + cut + " vanished");
            answeredOrShown++;
        }
        assertTrue(malformed() >= answeredOrShown - 1, "each broken input is counted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Content-Length: not a number | Content-Length: [len] | Content-Length: lots | 400",
        "Content-Length too large     | Content-Length: [len] | Content-Length: 99999 | 400",
        "CSeq missing                 | Cseq: 1 INVITE        | X-Nothing: here | 400",
        "header line without a colon  | Max-Forwards: 70      | this is not a header | 400",
        "SIP version 3.0              | INVITE urn:service:sos SIP/2.0 | INVITE urn:service:sos SIP/3.0 | 505",
        "unsupported body type        | Content-Type: multipart/mixed; boundary=ng911-test | Content-Type: text/x-mystery | 415",
        "extension required           | Max-Forwards: 70      | Require: 100rel | 420"})
    void aBrokenInviteIsRefusedAndTheCallStillShows(String what, String original, String broken, int status) {
        String template = SipSamples.template(SipSamples.OSP);
        assertTrue(template.contains(original), what);
        handler.onMessage(SipSamples.fill(template.replace(original, broken), "broken-" + status, "z9hG4bK-b"), udp);
        assertEquals(List.of(status), udp.statuses(), what);
        assertTrue(udp.last().contains("Warning: 399 127.0.0.1 \""), udp.last());
        assertEquals(1, sink.offers().size(), what);
        assertEquals("12025551212", sink.offers().get(0).ani(), what);
        assertEquals(List.of(sink.idOfOffer(0)), sink.hungUp(), what);
    }

    @Test
    void aBodyThatFramesButDoesNotParseIsACallWithProblems() {
        String template = SipSamples.template(SipSamples.OSP).replace("boundary=ng911-test", "boundary=elsewhere");
        handler.onMessage(SipSamples.fill(template, "call-nb", "z9hG4bK-nb"), udp);
        assertEquals(List.of(100, 180, 200), udp.statuses(), "a 9-1-1 call is answered even when its data is bad");
        InboundCall call = sink.offers().get(0);
        assertEquals("12025551212", call.ani());
        assertTrue(call.problems().contains("multipart body has no closing boundary: truncated or malformed"),
                call.problems()::toString);
        assertEquals(1, malformed());
    }

    @Test
    void randomBytesAreEachAnsweredAndCounted() {
        java.util.Random random = new java.util.Random(911);
        for (int i = 0; i < 300; i++) {
            byte[] garbage = new byte[1 + random.nextInt(600)];
            random.nextBytes(garbage);
            garbage[0] = 'X';
            handler.onMessage(garbage, udp);
        }
        assertEquals(300, udp.sent().size());
        assertTrue(udp.statuses().stream().allMatch(s -> s == 400), udp.statuses()::toString);
        assertEquals(300, malformed());
        assertEquals(0, sink.offers().size());
    }

    @Test
    void garbageIsAnswered400() {
        handler.onMessage("\u0001\u0002 hello there\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), udp);
        assertEquals(List.of(400), udp.statuses());
        assertEquals(1, malformed());
        assertEquals(0, sink.offers().size());
        assertEquals(1, count("vigil.sip.requests", "method", "UNREADABLE"));
    }

    @Test
    void anOversizedInviteIs413AndStillShown() {
        handler = new SipRequestHandler(SipServerConfig.defaults().withMaxMessageBytes(2048), sink,
                new SipMetrics(registry));
        byte[] invite = SipSamples.invite(SipSamples.OSP, "call-big", "z9hG4bK-g1");
        handler.onOversized(invite, invite.length, udp);
        assertEquals(List.of(413), udp.statuses());
        assertEquals("12025551212", sink.offers().get(0).ani());
        assertEquals(1, sink.hungUp().size());
        assertEquals(1, malformed());
    }

    @Test
    void anUnsupportedBodyIs415AndStillShown() {
        handler.onMessage(SipSamples.request("INVITE urn:service:sos SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-h1", "From: <tel:+12025550123>;tag=1",
                "To: <urn:service:sos>", "Call-ID: html-1", "CSeq: 1 INVITE", "Content-Type: text/html",
                "Content-Length: [len]", "", "<p>help</p>"), udp);
        assertEquals(List.of(415), udp.statuses());
        assertTrue(udp.last().contains("Accept: application/sdp, multipart/mixed, application/pidf+xml"));
        assertEquals("12025550123", sink.offers().get(0).ani());
        assertEquals(1, sink.hungUp().size());
    }

    @Test
    void aPlainSdpInviteIsACallWithUnknownLocation() {
        handler.onMessage(SipSamples.request("INVITE sip:911@127.0.0.1 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-p1", "From: \"Pat\" <sip:+14155550123@127.0.0.1>;tag=1",
                "To: <sip:911@127.0.0.1>", "Call-ID: plain-1", "CSeq: 1 INVITE", "Content-Type: application/sdp",
                "Content-Length: [len]", "", "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1",
                "t=0 0", "m=audio 6000 RTP/AVP 8 0", "a=rtpmap:8 PCMA/8000", ""), udp);
        assertEquals(List.of(100, 180, 200), udp.statuses());
        assertTrue(udp.last().contains("m=audio 9 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\na=inactive"), udp.last());
        InboundCall call = sink.offers().get(0);
        assertEquals("Pat", call.callerName());
        assertFalse(call.location().isKnown());
        assertEquals(List.of("no location by value in the message: location unknown"), call.problems());
        assertEquals(0, malformed());
    }

    @Test
    void aFailedOfferIsAnswered503() {
        sink.failOffers(new IllegalStateException("ring full"));
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-f", "z9hG4bK-f1"), udp);
        assertEquals(List.of(100, 180, 503), udp.statuses());
        assertTrue(udp.last().contains("the call could not be recorded"), udp.last());
    }

    @Test
    void textInsideTheDialogReachesTheCall() {
        handler.onMessage(SipSamples.invite(SipSamples.OSP, "call-m", "z9hG4bK-m1"), udp);
        String toTag = SipSamples.toTagOf(udp.last());
        handler.onMessage(SipSamples.request("MESSAGE sip:vigil@127.0.0.1 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-m2", "From: <sip:+12025551212@127.0.0.1>;tag=1",
                "To: <urn:service:sos>;tag=" + toTag, "Call-ID: call-m", "CSeq: 2 MESSAGE",
                "Content-Type: text/plain;charset=UTF-8", "Content-Length: [len]", "", "He has a knife"), udp);
        assertEquals(200, udp.statuses().get(3));
        assertEquals(List.of(new RecordingCallSink.Text(sink.idOfOffer(0), "He has a knife")), sink.texts());
    }

    @Test
    void textOutsideADialogOpensATextCallOnce() {
        for (int i = 1; i <= 2; i++) {
            handler.onMessage(SipSamples.request("MESSAGE urn:service:sos SIP/2.0",
                    "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-tx" + i, "From: <tel:+12025550100>;tag=1",
                    "To: <urn:service:sos>", "Call-ID: text-1", "CSeq: " + i + " MESSAGE", "Content-Type: text/plain",
                    "Content-Length: [len]", "", "message " + i), udp);
        }
        assertEquals(List.of(200, 200), udp.statuses());
        assertEquals(1, sink.offers().size());
        assertEquals(CallSource.TEXT, sink.offers().get(0).source());
        assertEquals(List.of(new RecordingCallSink.Text(sink.idOfOffer(0), "message 1"),
                new RecordingCallSink.Text(sink.idOfOffer(0), "message 2")), sink.texts());
    }
}
