package org.vigil.cad.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cad} command line. */
@Command(name = "cad", mixinStandardHelpOptions = true, version = "Vigil CAD 0.1.0",
        description = "Vigil 9-1-1 call-taking and computer-aided dispatch.",
        subcommands = {ServeCommand.class, UserCommand.class, ReplayCommand.class, JournalCommand.class, CallGeneratorCommand.class})
public final class CadMain {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CadMain());
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("cad: " + e.getMessage());
            return 2;
        });
        return cli;
    }
}
