package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The login throttle's counting: per user name and per address, a lockout, and a success that clears both. */
class LoginThrottleTests {

    final LoginThrottle throttle = new LoginThrottle(new AdminProperties.Login(3, Duration.ofMinutes(5)));

    @Test
    void threeFailuresLockOutTheNameAndTheAddress() {
        fail("ann", "10.0.0.1");
        fail("ann", "10.0.0.1");
        assertThat(throttle.refusedFor("ann", "10.0.0.9")).isNull();
        fail("ann", "10.0.0.1");

        assertThat(throttle.refusedFor("ann", "10.0.0.9")).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
        assertThat(throttle.refusedFor("bob", "10.0.0.1")).isNotNull();
        assertThat(throttle.refusedFor("bob", "10.0.0.9")).isNull();
    }

    @Test
    void aSuccessBetweenFailuresStartsTheCountAgain() {
        fail("cy", "10.0.0.2");
        fail("cy", "10.0.0.2");
        throttle.onSuccess(new AuthenticationSuccessEvent(token("cy", "10.0.0.2")));
        fail("cy", "10.0.0.2");

        assertThat(throttle.refusedFor("cy", "10.0.0.2")).isNull();
    }

    @Test
    void theDefaultsAreFiveFailuresAndFiveMinutes() {
        AdminProperties.Login login = new AdminProperties(null, null).login();
        assertThat(login.maxFailures()).isEqualTo(5);
        assertThat(login.lockout()).isEqualTo(Duration.ofMinutes(5));
    }

    private void fail(String user, String address) {
        throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(token(user, address), new BadCredentialsException("bad")));
    }

    private static UsernamePasswordAuthenticationToken token(String user, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, "secret");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
