package org.vigil.cad.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.vigil.cad.console.Role;
import org.vigil.cad.console.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cad user add NAME --role ROLE --password-stdin}: users live in the data directory, passwords hashed. */
@Command(name = "user", description = "Manage console users.", subcommands = UserCommand.Add.class)
final class UserCommand {

    @Command(name = "add", description = "Add a user; the password is read from standard input.")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "calltaker, dispatcher, supervisor or admin.")
        String role;

        @Option(names = "--password-stdin", required = true,
                description = "Read the password from the first line of standard input (never from the command line).")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            Role parsedRole = Role.parse(role);
            char[] password = readPassword();
            try {
                UserStore.open(data.directory().create().root()).add(name, parsedRole, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().println("added user " + name + " (" + parsedRole.name().toLowerCase() + ")");
            return 0;
        }

        private static char[] readPassword() throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password on standard input");
            }
            return line.toCharArray();
        }
    }
}
