package io.cartbridge.agent.ops;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code cartbridge purge --older-than DAYS}: runs the {@link HistoryPurge} and prints what it removed. */
public final class PurgeCommand {

    private PurgeCommand() {
    }

    /** {@return 0} */
    public static int run(ConfigurableApplicationContext context, int days, PrintStream out) {
        print(context.getBean(HistoryPurge.class).purge(days), out);
        return 0;
    }

    static void print(HistoryPurge.Purged p, PrintStream out) {
        out.printf("Purged the history of runs that ended before %s (older than %d days):%n",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(p.endedBefore()), p.olderThanDays());
        out.printf("  %,d job execution(s) with %,d step execution(s); %,d job instance(s) left empty%n",
                p.jobExecutions(), p.stepExecutions(), p.jobInstances());
        out.printf("  %,d local copy(ies) of received files (%,d KB)%n", p.inboxFiles(), (p.inboxBytes() + 1023) / 1024);
        if (p.restartableKept() > 0) {
            out.printf("Kept %,d failed or stopped execution(s) that can still be restarted: restart ID, or abandon ID "
                    + "to let the next purge take it.%n", p.restartableKept());
        }
        out.println("The ledger (orders, files sent and received, shipments, control numbers) is never purged.");
    }
}
