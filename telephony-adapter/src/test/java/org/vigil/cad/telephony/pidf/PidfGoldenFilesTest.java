package org.vigil.cad.telephony.pidf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real PIDF-LO sample parses to the JSON checked in beside it (written by hand from the XML). */
class PidfGoldenFilesTest {

    static Stream<Path> samples() throws IOException, URISyntaxException {
        Path root = Path.of(PidfGoldenFilesTest.class.getResource("/pidf").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @Test
    void everySampleIsThereWithItsExpectedParse() throws Exception {
        List<Path> samples = samples().toList();
        assertEquals(28, samples.size(), "24 ng911lib and 4 tamu PIDF-LO samples: " + samples);
        for (Path sample : samples) {
            assertTrue(Files.exists(expectedFor(sample)), "no expected parse beside " + sample);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void parsesAsExpected(Path sample) throws Exception {
        JsonNode expected = PidfJson.MAPPER.readTree(expectedFor(sample).toFile());
        PidfDocument parsed = PidfLoParser.parse(Files.readAllBytes(sample));
        JsonNode actual = PidfJson.of(parsed);
        assertNull(PidfJson.firstDifference("$", expected, actual),
                () -> sample.getFileName() + " parsed as " + actual.toPrettyString());
    }

    private static Path expectedFor(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.length() - ".xml".length()) + ".expected.json");
    }
}
