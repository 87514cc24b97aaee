package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.cartbridge.agent.admin.ExecutionQueries.ExecutionDetail;
import io.cartbridge.agent.admin.ExecutionQueries.ExecutionPage;
import io.cartbridge.agent.admin.ExecutionQueries.ExecutionSummary;
import io.cartbridge.agent.admin.ExecutionQueries.StepDetail;

/** The CLI's text for executions ({@code executions}, {@code execution ID}, after a run). */
final class ExecutionPrinter {

    /** Seconds always shown: LocalDateTime's own text leaves out ":00", which breaks the column. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExecutionPrinter() {
    }

    static void print(ExecutionPage page, PrintStream out) {
        out.printf("%-6s %-18s %-10s %-19s %s%n", "ID", "JOB", "STATUS", "STARTED", "DURATION");
        for (ExecutionSummary e : page.executions()) {
            out.printf("%-6d %-18s %-10s %-19s %s%n", e.id(), e.job(), e.status(),
                    e.startTime() == null ? "-" : e.startTime().format(TIME), duration(e.startTime(), e.endTime()));
        }
    }

    static void print(ExecutionDetail e, PrintStream out) {
        out.printf("Execution %d of %s (instance %d): %s in %s%n", e.id(), e.job(), e.instanceId(), e.status(),
                duration(e.startTime(), e.endTime()));
        if (e.failure() != null) {
            out.println("  failure: " + e.failure());
        }
        out.printf("  %-28s %-10s %8s %8s %8s %6s %8s %9s%n", "STEP", "STATUS", "READ", "WRITTEN", "FILTERED",
                "SKIPS", "COMMITS", "ROLLBACKS");
        for (StepDetail s : e.steps()) {
            out.printf("  %-28s %-10s %8d %8d %8d %6d %8d %9d%n", s.name(), s.status(), s.read(), s.written(), s.filtered(),
                    s.skips(), s.commits(), s.rollbacks());
            if (s.failure() != null) {
                out.println("    failure: " + s.failure());
            }
        }
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "-";
        }
        if (end == null) {
            return "(running or crashed)";
        }
        Duration d = Duration.between(start, end);
        return "%d.%01ds".formatted(d.toSeconds(), d.toMillisPart() / 100);
    }
}
