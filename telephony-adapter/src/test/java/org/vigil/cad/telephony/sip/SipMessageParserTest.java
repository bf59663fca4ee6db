package org.vigil.cad.telephony.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SipMessageParserTest {

    @ParameterizedTest
    @ValueSource(strings = {SipSamples.ESRP, SipSamples.OSP, SipSamples.CIVIC})
    void theTamuInvitesParse(String name) {
        byte[] raw = SipSamples.invite(name, "call-1@127.0.0.1", "z9hG4bK-1");
        SipParseResult parsed = SipMessageParser.parse(raw);
        assertTrue(parsed.ok(), parsed::error);
        SipMessage invite = parsed.message();
        assertEquals("INVITE", invite.method());
        assertEquals("urn:service:sos", invite.requestUri());
        assertEquals("call-1@127.0.0.1", invite.callId());
        assertEquals(1, invite.cseqNumber());
        assertEquals("1", invite.fromTag());
        assertEquals(Integer.parseInt(invite.headers().firstOrEmpty("Content-Length")), invite.bodyLength());
        assertTrue(invite.headers().firstOrEmpty("Content-Type").startsWith("multipart/mixed"));
        assertEquals(new String(raw, StandardCharsets.ISO_8859_1), invite.rawText());
    }

    @Test
    void compactFormsFoldingAndBareLineFeeds() {
        byte[] raw = ("OPTIONS sip:vigil@127.0.0.1 SIP/2.0\n"
                + "v: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-a,\n"
                + " SIP/2.0/TCP 10.0.0.2:5060;branch=z9hG4bK-b\n"
                + "f: <sip:a@x>;tag=9\n"
                + "t: <sip:vigil@127.0.0.1>\n"
                + "i: compact-1\n"
                + "CSeq: 3\n"
                + "\tOPTIONS\n"
                + "Subject: a\n"
                + "  folded subject\n"
                + "l: 0\n\n").getBytes(StandardCharsets.US_ASCII);
        SipParseResult parsed = SipMessageParser.parse(raw);
        assertTrue(parsed.ok(), parsed::error);
        SipMessage message = parsed.message();
        assertEquals("compact-1", message.callId());
        assertEquals(List.of("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-a", "SIP/2.0/TCP 10.0.0.2:5060;branch=z9hG4bK-b"),
                message.headers().values("Via"));
        assertEquals("z9hG4bK-a", message.branch());
        assertEquals("OPTIONS", message.cseqMethod());
        assertEquals("a folded subject", message.headers().firstOrEmpty("Subject"));
        assertEquals("9", message.fromTag());
    }

    @Test
    void bytesBeyondContentLengthAreDiscarded() {
        byte[] raw = SipSamples.request("MESSAGE sip:vigil@127.0.0.1 SIP/2.0", "Via: SIP/2.0/UDP h;branch=z9hG4bK-m",
                "From: <sip:1@h>;tag=1", "To: <sip:vigil@h>", "Call-ID: m1", "CSeq: 1 MESSAGE", "Content-Length: 5",
                "", "hello and more");
        SipParseResult parsed = SipMessageParser.parse(raw);
        assertTrue(parsed.ok(), parsed::error);
        assertEquals("hello", new String(parsed.message().body(), StandardCharsets.UTF_8));
    }

    @Test
    void aBodyShorterThanContentLengthIsATruncation() {
        byte[] raw = SipSamples.invite(SipSamples.OSP, "c", "z9hG4bK-t");
        byte[] cut = Arrays.copyOf(raw, raw.length - 100);
        SipParseResult parsed = SipMessageParser.parse(cut);
        assertEquals(400, parsed.errorStatus());
        assertTrue(parsed.error().contains("shorter than Content-Length"), parsed.error());
        assertEquals("INVITE", parsed.message().method());
        assertEquals("12025551212", CallerIdentity.of(parsed.message()).ani());
    }

    @Test
    void versionOtherThanTwoIs505() {
        SipParseResult parsed = SipMessageParser.parse(SipSamples.request("OPTIONS sip:v@h SIP/3.0",
                "Via: SIP/2.0/UDP h;branch=z9hG4bK-v", "Content-Length: 0", "", ""));
        assertEquals(505, parsed.errorStatus());
    }

    @Test
    void missingMandatoryHeaderIsNamed() {
        SipParseResult parsed = SipMessageParser.parse(SipSamples.request("OPTIONS sip:v@h SIP/2.0",
                "Via: SIP/2.0/UDP h;branch=z9hG4bK-v", "From: <sip:a@h>;tag=1", "To: <sip:v@h>", "CSeq: 1 OPTIONS",
                "Content-Length: 0", "", ""));
        assertEquals(400, parsed.errorStatus());
        assertEquals("missing Call-ID header", parsed.error());
    }

    @Test
    void unreadableContentLengthAndCSeqMismatch() {
        SipParseResult badLength = SipMessageParser.parse(SipSamples.request("OPTIONS sip:v@h SIP/2.0",
                "Via: SIP/2.0/UDP h;branch=z9hG4bK-v", "Content-Length: lots", "", ""));
        assertEquals("Content-Length is not a number: 'lots'", badLength.error());
        SipParseResult mismatch = SipMessageParser.parse(SipSamples.request("BYE sip:v@h SIP/2.0",
                "Via: SIP/2.0/UDP h;branch=z9hG4bK-v", "From: <sip:a@h>;tag=1", "To: <sip:v@h>", "Call-ID: x",
                "CSeq: 1 INVITE", "Content-Length: 0", "", ""));
        assertEquals("CSeq method INVITE differs from request method BYE", mismatch.error());
    }

    @Test
    void truncatedAtEveryPositionNeverThrows() {
        byte[] raw = SipSamples.invite(SipSamples.ESRP, "c", "z9hG4bK-e");
        for (int cut = 0; cut < raw.length; cut++) {
            SipParseResult parsed = SipMessageParser.parse(Arrays.copyOf(raw, cut));
            assertNotNull(parsed.message());
            assertFalse(parsed.ok() && cut < raw.length - 1, "a cut at " + cut + " parsed as whole");
        }
    }

    @Test
    void garbageIsABadRequest() {
        Random random = new Random(5060);
        for (int i = 0; i < 1000; i++) {
            byte[] garbage = new byte[1 + random.nextInt(400)];
            random.nextBytes(garbage);
            SipParseResult parsed = SipMessageParser.parse(garbage);
            assertFalse(parsed.ok());
            assertTrue(parsed.errorStatus() == 400 || parsed.errorStatus() == 505, parsed::error);
        }
    }

    @Test
    void callerIdentityPrefersAssertedTelUri() {
        SipMessage message = SipMessageParser.parse(SipSamples.request("INVITE urn:service:sos SIP/2.0",
                "Via: SIP/2.0/UDP h;branch=z9hG4bK-p", "From: \"Anon\" <sip:anonymous@anonymous.invalid>;tag=1",
                "To: <urn:service:sos>", "Call-ID: p", "CSeq: 1 INVITE",
                "P-Asserted-Identity: \"Jane Roe\" <sip:+13125550100@carrier.example;user=phone>, <tel:+1-312-555-0199>",
                "Content-Length: 0", "", "")).message();
        CallerIdentity caller = CallerIdentity.of(message);
        assertEquals("13125550199", caller.ani());
        assertEquals("P-Asserted-Identity", caller.header());
        CallerIdentity named = CallerIdentity.of(SipMessageParser.parse(SipSamples.request(
                "OPTIONS sip:v@h SIP/2.0", "From: \"Alice\" <sip:alice@example.com>;tag=2", "", "")).message());
        assertEquals("", named.ani());
        assertEquals("Alice", named.displayName());
    }
}
