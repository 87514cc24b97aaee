package io.cartbridge.agent.serve;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.cartbridge.agent.config.ConfigurationException;
import org.springframework.scheduling.support.CronExpression;

/** The schedules of {@code serve}, from {@code cartbridge.schedule.*}: which jobs each starts, in order, and when. */
public final class Schedules {

    /** The value that turns a schedule off. */
    static final String OFF = "-";

    /**
     * One schedule.
     *
     * @param property its setting, {@code cartbridge.schedule.inbound}
     * @param cron     when it fires
     * @param jobs     the jobs it runs one after the other, each for every connection
     */
    public record Schedule(String property, CronExpression cron, ZoneId zone, List<String> jobs) {

        /** {@code order-export at 0 0/15 * * * *} */
        public String describe() {
            return String.join(", then ", jobs) + " at '" + cron + "' (" + property + ", " + zone + ")";
        }
    }

    private Schedules() {
    }

    /** The schedules that are on; {@throws ConfigurationException} naming the property of an invalid expression. */
    public static List<Schedule> of(ServeProperties.Schedule settings) {
        List<Schedule> schedules = new ArrayList<>();
        add(schedules, "cartbridge.schedule.order-export", settings.orderExport(), settings.zone(), List.of("order-export"));
        add(schedules, "cartbridge.schedule.inbound", settings.inbound(), settings.zone(),
                List.of("inbound-collect", "shipment-import", "inventory-import"));
        add(schedules, "cartbridge.schedule.inventory-import", settings.inventoryImport(), settings.zone(),
                List.of("inbound-collect", "inventory-import"));
        return schedules;
    }

    private static void add(List<Schedule> schedules, String property, String expression, ZoneId zone, List<String> jobs) {
        if (expression.isBlank() || expression.trim().equals(OFF)) {
            return;
        }
        try {
            schedules.add(new Schedule(property, CronExpression.parse(expression.trim()), zone, jobs));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(property + " is not a cron expression (six fields, seconds first, or '-' "
                    + "for off): '" + expression + "': " + e.getMessage());
        }
    }
}
