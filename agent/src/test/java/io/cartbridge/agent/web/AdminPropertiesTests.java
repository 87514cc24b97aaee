package io.cartbridge.agent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.cartbridge.agent.config.ConfigurationException;
import org.junit.jupiter.api.Test;

/** Users from configuration: a known encoding and a role, errors that name the property and never the password. */
class AdminPropertiesTests {

    @Test
    void bcryptAndNoopPasswordsWithARoleAreUsers() {
        AdminProperties properties = new AdminProperties(Map.of(
                "ann", new AdminProperties.User("{bcrypt}$2a$10$abcdefghijklmnopqrstuv", AdminProperties.Role.OPERATOR),
                "bob", new AdminProperties.User("{noop}try-it", AdminProperties.Role.VIEWER)), null);

        assertThat(properties.checkedUsers()).containsOnlyKeys("ann", "bob");
        assertThat(properties.on()).isTrue();
        assertThat(properties.toString()).doesNotContain("try-it").doesNotContain("$2a$10$");
        assertThat(new AdminProperties(null, null).on()).isFalse();
    }

    @Test
    void aPasswordWithoutAKnownEncodingOrAUserWithoutARoleIsRefusedWithoutShowingThePassword() {
        AdminProperties plain = new AdminProperties(Map.of("ann", new AdminProperties.User("hunter2", AdminProperties.Role.VIEWER)), null);
        assertThatThrownBy(plain::checkedUsers).isInstanceOf(ConfigurationException.class)
                .hasMessage("cartbridge.admin.users.ann.password must be a {bcrypt} hash (or, for trying it out, {noop} and "
                        + "the password)");
        AdminProperties md5 = new AdminProperties(Map.of("ann", new AdminProperties.User("{MD5}abc", AdminProperties.Role.VIEWER)), null);
        assertThatThrownBy(md5::checkedUsers).isInstanceOf(ConfigurationException.class).message().doesNotContain("abc");
        AdminProperties empty = new AdminProperties(Map.of("ann", new AdminProperties.User("{noop}", AdminProperties.Role.VIEWER)), null);
        assertThatThrownBy(empty::checkedUsers).isInstanceOf(ConfigurationException.class);
        AdminProperties noRole = new AdminProperties(Map.of("ann", new AdminProperties.User("{noop}x", null)), null);
        assertThatThrownBy(noRole::checkedUsers).hasMessage("cartbridge.admin.users.ann.role must be VIEWER or OPERATOR");
    }
}
