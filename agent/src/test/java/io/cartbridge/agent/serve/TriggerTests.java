package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.cartbridge.agent.config.ConfigurationException;
import org.junit.jupiter.api.Test;

class TriggerTests {

    @Test
    void thePollIntervalDefaultsToThirtySeconds() {
        assertThat(new ServeProperties.Trigger(null).pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(new ServeProperties.Trigger(Duration.ZERO).on()).isFalse();
    }

    @Test
    void aPollIntervalUnderFiveSecondsOrNegativeIsAConfigurationErrorNamingTheProperty() {
        for (Duration invalid : new Duration[] {Duration.ofSeconds(4), Duration.ofMillis(4999), Duration.ofSeconds(-5)}) {
            assertThatThrownBy(() -> trigger(invalid)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("cartbridge.trigger.poll-interval must be 0 (off) or at least 5s");
        }
    }

    @Test
    void zeroAndFiveSecondsAndMoreAreAccepted() {
        for (Duration valid : new Duration[] {Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(2)}) {
            assertThat(trigger(valid)).isNotNull();
        }
    }

    private static Trigger trigger(Duration interval) {
        return new Trigger(null, null, null, new ServeProperties(null, null, null, null, new ServeProperties.Trigger(interval)), null);
    }
}
