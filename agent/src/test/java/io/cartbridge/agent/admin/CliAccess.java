package io.cartbridge.agent.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the CLI from tests in other packages, capturing stdout (stderr is discarded). */
public final class CliAccess {

    private CliAccess() {
    }

    public static int run(List<String> args, ByteArrayOutputStream out) {
        return Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
