package org.vigil.cad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH's own command line, plus the JVM flags Chronicle Queue needs, appended to every fork: they come
 * from the root pom's {@code chronicle.jvm.flags} through cad-core's {@code vigil-jvm-flags.txt}, so
 * {@code java -jar benchmarks.jar <regex> -prof gc} works from a plain {@code java}. With {@code -f 0}
 * nothing is forked and the flags must be given to that {@code java} by hand.
 */
public final class BenchMain {
    static final String FLAGS_RESOURCE = "/vigil-jvm-flags.txt";

    /** JDK 24 and later warn about, then refuse, what Chronicle does with native access and Unsafe. */
    private static final List<String> FLAGS_SINCE_24 =
            List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (cli.shouldHelp()) {
            cli.showHelp();
            return;
        }
        if (cli.shouldListProfilers()) {
            cli.listProfilers();
            return;
        }
        if (cli.shouldListResultFormats()) {
            cli.listResultFormats();
            return;
        }
        Runner runner = new Runner(withForkFlags(cli, Runtime.version().feature()));
        if (cli.shouldList()) {
            runner.list();
            return;
        }
        if (cli.shouldListWithParams()) {
            runner.listWithParams(cli);
            return;
        }
        try {
            runner.run();
        } catch (NoBenchmarksException e) {
            System.err.println("No matching benchmarks. Miss-spelled regexp? Use -l to list them.");
            System.exit(1);
        } catch (RunnerException e) {
            System.err.println("ERROR: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    /** The command line's options, with the fork flags appended after any {@code -jvmArgsAppend} given there. */
    static Options withForkFlags(CommandLineOptions cli, int jdkFeature) throws IOException {
        List<String> append = new ArrayList<>();
        if (cli.getJvmArgsAppend().hasValue()) {
            append.addAll(cli.getJvmArgsAppend().get());
        }
        append.addAll(forkFlags(jdkFeature));
        return new OptionsBuilder().parent(cli).jvmArgsAppend(append.toArray(String[]::new)).build();
    }

    static List<String> forkFlags(int jdkFeature) throws IOException {
        List<String> flags = new ArrayList<>(chronicleFlags());
        if (jdkFeature >= 24) {
            flags.addAll(FLAGS_SINCE_24);
        }
        return flags;
    }

    private static Collection<String> chronicleFlags() throws IOException {
        try (InputStream in = BenchMain.class.getResourceAsStream(FLAGS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FLAGS_RESOURCE + " is not on the class path; build cad-core first");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty() || text.contains("${")) {
                throw new IllegalStateException(FLAGS_RESOURCE + " was not filtered by Maven: '" + text + "'");
            }
            return Arrays.asList(text.split("\\s+"));
        }
    }
}
