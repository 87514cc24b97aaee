package io.cartbridge.agent.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FaultsTests {

    @Test
    void anArmedPointFailsOnceAndOthersPass() {
        Faults faults = Faults.failAt("extract.chunk-3");

        faults.pass("extract.chunk-2");
        assertThatThrownBy(() -> faults.pass("extract.chunk-3")).isInstanceOf(Faults.InjectedFailure.class)
                .hasMessage("Injected failure at extract.chunk-3");
        faults.pass("extract.chunk-3");
        assertThat(faults.isEmpty()).as("nothing armed any more").isTrue();
    }

    @Test
    void aSeparateProcessGetsTheSameFaultsFromItsJvmArguments() {
        Faults faults = Faults.failAt("upload.after-put", "eager.after-mark")
                .pauseAt("inventory.chunk", Duration.ofMillis(1000));

        Map<String, String> properties = new HashMap<>();
        for (String argument : faults.jvmArguments()) {
            assertThat(argument).startsWith("-D");
            String[] parts = argument.substring(2).split("=", 2);
            properties.put(parts[0], parts[1]);
        }
        assertThat(properties.keySet()).containsExactlyInAnyOrder(Faults.FAIL_AT, Faults.PAUSE_AT, Faults.WITHOUT_JOB_LOCKS);
        assertThat(properties.get(Faults.WITHOUT_JOB_LOCKS)).isEqualTo("false");
        assertThat(properties.get(Faults.PAUSE_AT)).isEqualTo("inventory.chunk=1000");
        Faults parsed = Faults.parse(properties.get(Faults.FAIL_AT), properties.get(Faults.PAUSE_AT));

        assertThatThrownBy(() -> parsed.pass("upload.after-put")).hasMessage("Injected failure at upload.after-put");
        assertThatThrownBy(() -> parsed.pass("eager.after-mark")).hasMessage("Injected failure at eager.after-mark");
        assertThat(Faults.parse("", "").isEmpty()).isTrue();
    }
}
