package io.cartbridge.agent.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose lock may be taken over at once: a process of this host that has ended, and nobody else's. */
class JobLocksTests {

    private static final String HOST = JobLocks.PROCESS.substring(JobLocks.PROCESS.indexOf('@') + 1);

    @Test
    void aLockOfAnEndedProcessOfThisHostIsTakenOver() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertThat(JobLocks.endedHere(ended.pid() + "@" + HOST)).isTrue();
    }

    @Test
    void aLockOfARunningProcessOrOfAnotherHostIsNot() {
        assertThat(JobLocks.endedHere(JobLocks.PROCESS)).isFalse();
        assertThat(JobLocks.endedHere("999999999@another-host-" + HOST)).isFalse();
        assertThat(JobLocks.endedHere("unknown@" + HOST)).isFalse();
        assertThat(JobLocks.endedHere("no host")).isFalse();
    }
}
