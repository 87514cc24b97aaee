package io.cartbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far, from Linux's {@code /proc/PID/stat} (user + system, in clock ticks of
 * 10 ms); -1 where there is no such file. Measures the other processes of a run (the MariaDB server, the partner's
 * SFTP server), which share the machine's cores with the agent.
 */
final class ProcessCpu {

    private static final double SECONDS_PER_TICK = 0.01;

    private ProcessCpu() {
    }

    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name, in parentheses, may hold spaces: fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * SECONDS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
