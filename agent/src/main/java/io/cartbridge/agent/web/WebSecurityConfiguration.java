package io.cartbridge.agent.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Who may do what on {@code serve}'s web server, as three filter chains:
 * <ul>
 * <li>{@code /api/**}: HTTP Basic, stateless, no CSRF (no cookie to ride on); 401 without credentials, GET for a VIEWER,
 * everything else (the POSTs that act) for an OPERATOR, 403 otherwise; answers as problem details;</li>
 * <li>{@code /actuator/**}: {@code /actuator/health} public (a load balancer's probe), every other endpoint for a user
 * (HTTP Basic);</li>
 * <li>everything else, the dashboard's pages: form login at {@code /login}, a session (expiring after
 * {@code server.servlet.session.timeout}), CSRF on every POST; a VIEWER reads, an OPERATOR's POSTs act.</li>
 * </ul>
 * Failed logins are rate-limited for all three ({@link LoginThrottle}). Without users
 * ({@code cartbridge.admin.users.*}) the API and the pages are off: every path but the health endpoint answers 404,
 * saying why. Only in a web application: the other commands start no web server and none of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    static final String LOGIN = "/login";
    static final String HEALTH = "/actuator/health";
    static final String OFF = "the dashboard and REST API are off: no user is configured "
            + "(cartbridge.admin.users.<name>.password and .role)";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The configured users; none is made up (Spring Boot's generated password would otherwise be logged). */
    @Bean
    UserDetailsService users(AdminProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        properties.checkedUsers().forEach((name, user) -> users.add(User.withUsername(name).password(user.password())
                .roles(user.role() == AdminProperties.Role.OPERATOR ? new String[] {"VIEWER", "OPERATOR"} : new String[] {"VIEWER"})
                .build()));
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    Problems problems(ObjectMapper json) {
        return new Problems(json);
    }

    @Bean
    LoginThrottle loginThrottle(AdminProperties properties) {
        return new LoginThrottle(properties.login());
    }

    @Bean
    ApplicationListener<AbstractAuthenticationFailureEvent> loginFailures(LoginThrottle throttle) {
        return throttle::onFailure;
    }

    @Bean
    ApplicationListener<AuthenticationSuccessEvent> loginSuccesses(LoginThrottle throttle) {
        return throttle::onSuccess;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AdminProperties properties, Problems problems, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, failure) -> {
                            if (properties.on()) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"cartbridge\"");
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "log in with HTTP Basic as a user of "
                                        + "cartbridge.admin.users");
                            } else {
                                problems.write(request, response, HttpStatus.NOT_FOUND, OFF);
                            }
                        })
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                                "this needs the OPERATOR role")));
        if (!properties.on()) {
            return http.authorizeHttpRequests(a -> a.anyRequest().denyAll()).build();
        }
        return http
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"cartbridge\"");
                    problems.write(request, response, HttpStatus.UNAUTHORIZED, "wrong user name or password");
                }))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER")
                        .anyRequest().hasRole("OPERATOR"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, Problems problems, LoginThrottle throttle) throws Exception {
        return http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HEALTH, HEALTH + "/**").permitAll()
                        .anyRequest().hasRole("VIEWER"))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AdminProperties properties, Problems problems, LoginThrottle throttle)
            throws Exception {
        if (!properties.on()) {
            return http.authorizeHttpRequests(a -> a.anyRequest().denyAll())
                    .exceptionHandling(e -> e
                            .authenticationEntryPoint((request, response, failure) ->
                                    problems.write(request, response, HttpStatus.NOT_FOUND, OFF))
                            .accessDeniedHandler((request, response, denied) ->
                                    problems.write(request, response, HttpStatus.NOT_FOUND, OFF)))
                    .build();
        }
        return http
                .formLogin(form -> form.loginPage(LOGIN).permitAll())
                .logout(Customizer.withDefaults())
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/error", "/dashboard.css").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("VIEWER")
                        .anyRequest().hasRole("OPERATOR"))
                .build();
    }
}
