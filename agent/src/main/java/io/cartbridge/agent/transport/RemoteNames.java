package io.cartbridge.agent.transport;

import java.nio.file.Path;

/**
 * Checks names before they become paths, so that a file name taken from a partner's file or from the
 * ledger can never reach outside the folder it is meant for.
 */
final class RemoteNames {

    private RemoteNames() {
    }

    /** A single file name: not empty, no '/', '\', "..", nor control characters. */
    static String requireName(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.contains("..")
                || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || hasControl(name)) {
            throw new IllegalArgumentException("invalid file name '" + printable(name)
                    + "': it must be a single name without '/', '\\', '..' or control characters");
        }
        return name;
    }

    /** A remote directory: not empty, no ".." segment, no '\' nor control characters. */
    static String requireDirectory(String directory) {
        if (directory == null || directory.isEmpty() || directory.indexOf('\\') >= 0 || hasControl(directory)) {
            throw new IllegalArgumentException("invalid remote directory '" + printable(directory) + "'");
        }
        for (String segment : directory.split("/")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("invalid remote directory '" + directory + "': '..' is not allowed");
            }
        }
        return directory;
    }

    /** The remote path of {@code name} in {@code directory}, both checked. */
    static String path(String directory, String name) {
        requireDirectory(directory);
        requireName(name);
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    /** A local download target: a valid file name inside the folder the caller gave, no '.' or '..' on the way. */
    static Path requireLocalTarget(Path target) {
        if (target == null || target.getFileName() == null) {
            throw new IllegalArgumentException("invalid download target '" + target + "'");
        }
        requireName(target.getFileName().toString());
        for (Path element : target) {
            String e = element.toString();
            if (e.equals("..") || e.equals(".")) {
                throw new IllegalArgumentException("invalid download target '" + target
                        + "': it must not contain '.' or '..'");
            }
        }
        return target;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    private static String printable(String s) {
        return s == null ? "null" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
