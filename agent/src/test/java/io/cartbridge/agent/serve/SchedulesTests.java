package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.cartbridge.agent.config.ConfigurationException;
import io.cartbridge.agent.serve.Schedules.Schedule;
import org.junit.jupiter.api.Test;

/** The schedules of {@code serve}: their defaults, their zone, which jobs each runs, off and invalid expressions. */
class SchedulesTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void byDefaultOrderExportEveryQuarterHourInboundHourlyAndInventoryNightlyAtTwo() {
        List<Schedule> schedules = Schedules.of(new ServeProperties.Schedule(null, null, null, BERLIN));

        assertThat(schedules).extracting(Schedule::property).containsExactly("cartbridge.schedule.order-export",
                "cartbridge.schedule.inbound", "cartbridge.schedule.inventory-import");
        assertThat(schedules).extracting(Schedule::jobs).containsExactly(List.of("order-export"),
                List.of("inbound-collect", "shipment-import", "inventory-import"), List.of("inbound-collect", "inventory-import"));
        ZonedDateTime from = ZonedDateTime.of(2026, 12, 2, 13, 7, 30, 0, BERLIN);
        assertThat(schedules).extracting(s -> s.cron().next(from)).containsExactly(
                ZonedDateTime.of(2026, 12, 2, 13, 15, 0, 0, BERLIN),
                ZonedDateTime.of(2026, 12, 2, 14, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2026, 12, 3, 2, 0, 0, 0, BERLIN));
        assertThat(schedules).extracting(Schedule::zone).containsOnly(BERLIN);
        assertThat(new ServeProperties.Schedule(null, null, null, null).zone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void aDashTurnsAScheduleOffAndABadExpressionNamesItsProperty() {
        assertThat(Schedules.of(new ServeProperties.Schedule("-", " - ", "0 30 3 * * *", BERLIN)))
                .extracting(Schedule::property).containsExactly("cartbridge.schedule.inventory-import");

        assertThatThrownBy(() -> Schedules.of(new ServeProperties.Schedule("every 5 minutes", null, null, BERLIN)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cartbridge.schedule.order-export is not a cron expression");
    }
}
