package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.List;

import io.cartbridge.agent.admin.ConnectionsOverview.ConnectionView;
import io.cartbridge.agent.admin.ConnectionsOverview.JobView;

/** {@code connections}: the {@link ConnectionsOverview} as text, each job's last run on a line. */
final class ConnectionsPrinter {

    private ConnectionsPrinter() {
    }

    static int print(List<ConnectionView> all, PrintStream out) {
        for (ConnectionView c : all) {
            if (c != all.get(0)) {
                out.println();
            }
            out.println("connection " + c.name());
            out.println("  store:    " + c.store() + " (" + c.storeDescription() + ")");
            out.println("  partner:  " + c.partner() + " (" + c.partnerDescription() + ")");
            out.println("  routing:  " + c.routing());
            for (JobView job : c.jobs()) {
                out.printf("  %-17s %s%s%n", job.job() + ":", lastRun(job.lastRun()), job.paused() == null ? ""
                        : "; paused since " + job.paused().pausedAt().format(ExecutionPrinter.TIME) + " by " + job.paused().pausedBy());
            }
        }
        return 0;
    }

    private static String lastRun(ExecutionQueries.PartitionRun run) {
        if (run == null) {
            return "never run";
        }
        return "execution " + run.jobExecutionId() + " " + run.status() + ", "
                + (run.endTime() == null ? "not ended (running, or its agent stopped)"
                : "ended " + run.endTime().format(ExecutionPrinter.TIME));
    }
}
