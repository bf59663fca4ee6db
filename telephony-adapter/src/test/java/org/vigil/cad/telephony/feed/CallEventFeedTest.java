package org.vigil.cad.telephony.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;
import org.vigil.cad.telephony.RealPipeline;

/** The call-event feed over real TCP into the real pipeline: every source, every kind of bad line. */
@ExtendWith(NoLeakedThreadsExtension.class)
class CallEventFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RealPipeline core;
    private EventLoopGroup loops;
    private CallEventFeedServer feed;
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final Queue<AlarmSignal> alarms = new ConcurrentLinkedQueue<>();
    private Socket socket;
    private BufferedReader replies;

    @BeforeEach
    void start() throws Exception {
        core = new RealPipeline(dir);
        loops = new MultiThreadIoEventLoopGroup(1, new VigilThreads("feed"), NioIoHandler.newFactory());
        feed = new CallEventFeedServer("127.0.0.1", 0, core.sink(), core.sink(),
                (callId, signal, location) -> alarms.add(signal), metrics, loops, loops);
        socket = new Socket("127.0.0.1", feed.start());
        replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws Exception {
        socket.close();
        feed.close();
        loops.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        core.close();
    }

    private List<JsonNode> send(String... lines) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        List<JsonNode> answers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            socket.setSoTimeout(10_000);
            answers.add(JSON.readTree(replies.readLine()));
        }
        return answers;
    }

    private JsonNode one(String line) throws Exception {
        return send(line).get(0);
    }

    private Call call(long id) throws Exception {
        return core.state(state -> state.call(id));
    }

    @Test
    void anAdminLineCallIsOfferedAsAnAdminCallAndAnswerHangUpFollowTheCallsLife() throws Exception {
        JsonNode offered = one("{\"event\":\"admin.offered\",\"line\":\"ADMIN-2\",\"ani\":\"(415) 555-0142\",\"name\":\"DOE, JOHN\"}");
        assertTrue(offered.get("ok").asBoolean(), offered.toString());
        long id = offered.get("callId").asLong();
        Call call = call(id);
        assertEquals(CallSource.ADMIN_LINE, call.source());
        assertEquals("4155550142", call.ani());
        assertEquals("ADMIN-2", call.details().get("line"));

        assertTrue(one("{\"event\":\"call.answered\",\"callId\":" + id + ",\"position\":\"CT4\"}").get("ok").asBoolean());
        assertEquals("CT4", call(id).answeringPosition());
        assertTrue(one("{\"event\":\"call.hungup\",\"callId\":" + id + "}").get("ok").asBoolean());
        assertEquals(CallState.RELEASED, call(id).state());

        JsonNode again = one("{\"event\":\"call.hungup\",\"callId\":" + id + "}");
        assertFalse(again.get("ok").asBoolean());
        assertEquals("refused", again.get("error").asText());
        assertEquals("CALL_ENDED: call " + id + " is RELEASED", again.get("detail").asText());
    }

    @Test
    void aTextSessionKeepsEveryMessageAndATtySessionIsMarkedAsSuch() throws Exception {
        long id = one("{\"event\":\"text.offered\",\"mode\":\"TEXT\",\"ani\":\"4155550123\",\"message\":\"someone is in my house\","
                + "\"latitude\":37.7793,\"longitude\":-122.4193,\"uncertaintyMeters\":50}").get("callId").asLong();
        assertTrue(one("{\"event\":\"text.message\",\"callId\":" + id + ",\"text\":\"upstairs bedroom\"}").get("ok").asBoolean());
        Call text = call(id);
        assertEquals(CallSource.TEXT, text.source());
        assertEquals(List.of("someone is in my house", "upstairs bedroom"),
                text.transcript().stream().map(t -> t.text()).toList());
        assertEquals(50.0, text.currentLocation().uncertaintyMeters());

        long tty = one("{\"event\":\"text.offered\",\"mode\":\"TTY\",\"ani\":\"4155550999\"}").get("callId").asLong();
        assertEquals(CallSource.TTY, call(tty).source());

        long odd = one("{\"event\":\"text.offered\",\"mode\":\"PIGEON\",\"ani\":\"4155550777\"}").get("callId").asLong();
        assertEquals(CallSource.TEXT, call(odd).source(), "an unknown mode is still a caller");
        assertTrue(call(odd).details().get("problems").contains("unknown mode 'PIGEON'"));
    }

    @Test
    void aCrashNotificationBecomesATelematicsCallWithTheCrashData() throws Exception {
        long id = one("{\"event\":\"telematics.crash\",\"provider\":\"OnStar\",\"ani\":\"3135550188\","
                + "\"vehicle\":\"2019 Chevrolet Malibu, red\",\"latitude\":37.78,\"longitude\":-122.41,"
                + "\"uncertaintyMeters\":10,\"headingDegrees\":270,\"severity\":\"HIGH\",\"deltaVKph\":48,"
                + "\"airbags\":true,\"rollover\":false,\"occupants\":2}").get("callId").asLong();
        Call crash = call(id);
        assertEquals(CallSource.TELEMATICS, crash.source());
        assertEquals(37.78, crash.currentLocation().latitude());
        assertEquals("HIGH", crash.details().get("severity"));
        assertEquals("true", crash.details().get("airbags"));
        assertEquals("270", crash.details().get("headingDegrees"));
    }

    @Test
    void anAlarmSignalIsJournaledAsAnAlarmCallBeforeTheIntakeRuleSeesIt() throws Exception {
        long id = one("{\"event\":\"alarm.signal\",\"company\":\"Bay Alarm\",\"account\":\"CITY-0001\",\"alarmType\":\"robbery\","
                + "\"premises\":\"City Hall\",\"address\":\"1 DR CARLTON B GOODLETT PL\",\"zone\":\"3\","
                + "\"latitude\":37.7793,\"longitude\":-122.4193,\"callback\":\"4155550100\"}").get("callId").asLong();
        Call alarm = call(id);
        assertEquals(CallSource.ALARM, alarm.source());
        assertEquals("ROBBERY", alarm.details().get("alarmType"));
        assertEquals("1 DR CARLTON B GOODLETT PL", alarm.currentLocation().address());
        assertEquals(List.of(new AlarmSignal("CITY-0001", "Bay Alarm", "ROBBERY", "City Hall", "3")), List.copyOf(alarms));
    }

    @Test
    void anUnreadableLineStillReachesACallTakerWithItsRawTextAndAClearError() throws Exception {
        JsonNode garbage = one("{\"event\":\"admin.offered\",\"ani\":\"4155550142\"");
        assertFalse(garbage.get("ok").asBoolean());
        assertEquals("malformed", garbage.get("error").asText());
        Call visible = call(garbage.get("callId").asLong());
        assertEquals("{\"event\":\"admin.offered\",\"ani\":\"4155550142\"", rawOf(visible.id()),
                "the journal keeps the line as received");
        assertTrue(visible.details().get("problems").startsWith("call-event feed: not JSON"));

        JsonNode unknown = one("{\"event\":\"pager.page\",\"text\":\"hello\"}");
        assertEquals("unknown_event", unknown.get("error").asText());
        assertTrue(unknown.get("callId").asLong() > 0, "even an unknown event is seen by a person");

        JsonNode badCrash = one("{\"event\":\"telematics.crash\",\"latitude\":\"north\"}");
        assertEquals("bad_field", badCrash.get("error").asText());
        assertEquals("field 'latitude' must be a number, not \"north\"", badCrash.get("detail").asText());
        assertTrue(badCrash.get("callId").asLong() > 0, "a crash report with a bad field is still a call");

        JsonNode noCall = one("{\"event\":\"call.hungup\"}");
        assertEquals("bad_field", noCall.get("error").asText());
        assertFalse(noCall.has("callId"), "a control message without a call makes no call");
        assertTrue(metrics.get("vigil.feed.messages").tag("outcome", "malformed").counter().count() >= 1);
    }

    @Test
    void manyLinesInOneWriteAreAnsweredInOrder() throws Exception {
        String[] lines = new String[300];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "{\"event\":\"admin.offered\",\"line\":\"ADMIN-1\",\"ani\":\"41555" + (10000 + i) + "\"}";
        }
        List<JsonNode> answers = send(lines);
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(i + 1, answers.get(i).get("callId").asLong(), "answer " + i);
        }
        assertEquals(300, (int) core.state(s -> s.calls().size()));
    }

    private String rawOf(long callId) throws Exception {
        try (var reader = core.journal().readAfter(org.vigil.cad.core.journal.Journal.NO_INDEX)) {
            for (var e = reader.next(); e != null; e = reader.next()) {
                if (e.event() instanceof org.vigil.cad.core.event.Event.CallOffered o && o.callId() == callId) {
                    return o.rawInput();
                }
            }
        }
        return "";
    }
}
