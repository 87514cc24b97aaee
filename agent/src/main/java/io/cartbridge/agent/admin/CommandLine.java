package io.cartbridge.agent.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: {@code COMMAND [ARG...] [--option VALUE...] [--flag...] [--spring.property=value...]}.
 * Options of the form {@code --name=value} are Spring properties and go to the application context.
 */
record CommandLine(String command, List<String> arguments, Map<String, String> options, List<String> springArgs) {

    /**
     * @param valueOptions by command, the options it takes that have a value
     * @param flags        options without a value, recorded as {@code "true"}
     */
    static CommandLine parse(String[] args, Map<String, Set<String>> valueOptions, Set<String> flags) {
        if (args.length == 0) {
            throw new UsageException("no command given; try 'cartbridge help'");
        }
        Set<String> commandOptions = valueOptions.getOrDefault(args[0], Set.of());
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (flags.contains(name)) {
                    options.put(name, "true");
                    continue;
                }
                if (!commandOptions.contains(name)) {
                    throw new UsageException("unknown option " + arg + " for " + args[0]);
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                options.put(name, args[++i]);
            } else {
                arguments.add(arg);
            }
        }
        return new CommandLine(args[0], arguments, options, spring);
    }

    String argument(int index, String what) {
        if (arguments.size() <= index) {
            throw new UsageException(command + " needs " + what);
        }
        return arguments.get(index);
    }

    long id(String what) {
        String value = argument(0, what);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a number, not '" + value + "'");
        }
    }

    int intOption(String name, int defaultValue) {
        String value = options.get(name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + value + "'");
        }
    }
}
