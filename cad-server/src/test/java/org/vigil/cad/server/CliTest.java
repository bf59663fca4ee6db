package org.vigil.cad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.console.UserStore;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.journal.ChronicleJournal;
import picocli.CommandLine;

/** The {@code cad} command line, run in-process with its output captured. */
class CliTest {
    private static final InputStream STDIN = System.in;

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        System.setIn(STDIN);
    }

    private int cad(String... args) {
        CommandLine cli = CadMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void userAddReadsThePasswordFromStdinAndStoresOnlyAHash() throws Exception {
        System.setIn(new ByteArrayInputStream("a long password\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, cad("user", "add", "alice", "--role", "Dispatcher", "--password-stdin", "--data", data.toString()),
                err.toString());
        assertTrue(out.toString().contains("added user alice (dispatcher)"), out.toString());
        String file = Files.readString(data.resolve(UserStore.FILE_NAME));
        assertFalse(file.contains("a long password"), "the password itself is never stored");
        assertTrue(UserStore.open(data).authenticate("alice", "a long password".toCharArray()).isPresent());
        assertTrue(UserStore.open(data).authenticate("alice", "wrong password".toCharArray()).isEmpty());
    }

    @Test
    void userAddRefusesAnUnknownRoleAndAMissingPasswordWithAReason() {
        System.setIn(new ByteArrayInputStream("a long password\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, cad("user", "add", "bob", "--role", "chief", "--password-stdin", "--data", data.toString()));
        assertTrue(err.toString().contains("unknown role"), err.toString());

        System.setIn(new ByteArrayInputStream(new byte[0]));
        assertEquals(2, cad("user", "add", "bob", "--role", "calltaker", "--password-stdin", "--data", data.toString()));
        assertTrue(err.toString().contains("no password on standard input"), err.toString());
    }

    @Test
    void journalDumpPrintsOneReadableLinePerEventWithWhoAndWhat() {
        try (ChronicleJournal journal = ChronicleJournal.builder(data.resolve("journal")).open()) {
            journal.append(1_767_225_600_000_000L, "system", "", new Event.CallOffered(1, CallSource.EMERGENCY_911,
                    "3155550107", "3155550107", "WPH2", "DOE, JANE", new Location("", 43.788, -76.019, 28, 90),
                    Map.of("ESN", "00521"), "\u0002315-555-0107\u0003"));
            journal.append(1_767_225_601_500_000L, "disp1", "D2", new Event.UnitStatusChanged("E12",
                    UnitStatus.DISPATCHED, UnitStatus.ENROUTE, "26-000001", false));
        }
        assertEquals(0, cad("journal", "dump", "--data", data.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(lines.get(0).contains("2026-01-01T00:00:00Z  system  call:1  CallOffered"), lines.get(0));
        assertTrue(lines.get(0).contains("rawInput=\"\\x02315-555-0107\\x03\""), "control bytes are shown escaped: " + lines.get(0));
        assertTrue(lines.get(0).contains("{\"\" 43.788,-76.019 ±28.0m 90%}"), lines.get(0));
        assertTrue(lines.get(0).contains("details={ESN=00521}"), lines.get(0));
        assertTrue(lines.get(1).contains("2026-01-01T00:00:01.500Z  disp1@D2  unit:E12  UnitStatusChanged"), lines.get(1));
        assertTrue(lines.get(1).contains("from=DISPATCHED to=ENROUTE incidentNumber=\"26-000001\""), lines.get(1));

        out.getBuffer().setLength(0);
        assertEquals(0, cad("journal", "tail", "-n", "1", "--data", data.toString()));
        assertEquals(1, out.toString().lines().count());
        assertTrue(out.toString().contains("UnitStatusChanged"), out.toString());
    }

    @Test
    void commandsOnADirectoryWithoutAJournalSayWhatIsMissing() {
        Path empty = data.resolve("nothing-here");
        assertEquals(2, cad("replay", "--data", empty.toString()));
        assertTrue(err.toString().contains("no journal in " + empty), err.toString());
        assertEquals(2, cad("journal", "dump", "--data", empty.toString()));
    }
}
