package io.cartbridge.agent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class SftpSettingsTests {

    private static final Path KNOWN_HOSTS = Path.of("known_hosts");

    @Test
    void toStringMasksPasswordAndPassphrase() {
        SftpSettings settings = new SftpSettings("sftp.3pl.example", 22, "shop", "pw-secret", Path.of("id_ed25519"),
                "phrase-secret", KNOWN_HOSTS, false, null, 4);

        assertThat(settings.toString()).contains("password=****", "privateKeyPassphrase=****", "host=sftp.3pl.example")
                .doesNotContain("pw-secret", "phrase-secret");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void missingSecretsAreShownAsNull() {
        SftpSettings settings = SftpSettings.withPrivateKey("h", 22, "shop", Path.of("id"), null, KNOWN_HOSTS);

        assertThat(settings.toString()).contains("password=null", "privateKeyPassphrase=null");
    }

    @Test
    void eachInvalidSettingIsNamedAsAProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(" ", 22, "u", "p", null, KNOWN_HOSTS, false))
                .withMessage("cartbridge.warehouse.sftp.host must be set");
        assertThatIllegalArgumentException().isThrownBy(() -> settings("h", 0, "u", "p", null, KNOWN_HOSTS, false))
                .withMessage("cartbridge.warehouse.sftp.port must be between 1 and 65535, not 0");
        assertThatIllegalArgumentException().isThrownBy(() -> settings("h", 65536, "u", "p", null, KNOWN_HOSTS, false))
                .withMessage("cartbridge.warehouse.sftp.port must be between 1 and 65535, not 65536");
        assertThatIllegalArgumentException().isThrownBy(() -> settings("h", 22, null, "p", null, KNOWN_HOSTS, false))
                .withMessage("cartbridge.warehouse.sftp.username must be set");
        assertThatIllegalArgumentException().isThrownBy(() -> settings("h", 22, "u", "", null, KNOWN_HOSTS, false))
                .withMessage("cartbridge.warehouse.sftp.password or cartbridge.warehouse.sftp.private-key must be set");
        assertThatIllegalArgumentException().isThrownBy(() -> settings("h", 22, "u", "p", null, null, false))
                .withMessage("cartbridge.warehouse.sftp.known-hosts must be set "
                        + "(or cartbridge.warehouse.sftp.allow-unknown-host-keys=true)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SftpSettings("h", 22, "u", "p", null, null, KNOWN_HOSTS, false, Duration.ZERO, 1))
                .withMessage("cartbridge.warehouse.sftp.timeout must be positive, not PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SftpSettings("h", 22, "u", "p", null, null, KNOWN_HOSTS, false, null, 0))
                .withMessage("cartbridge.warehouse.sftp.max-attempts must be at least 1, not 0");
    }

    @Test
    void knownHostsMayBeLeftOutOnlyWhenUnknownKeysAreAllowed() {
        assertThat(settings("h", 22, "u", null, Path.of("id"), null, true).allowUnknownHostKeys()).isTrue();
    }

    private static SftpSettings settings(String host, int port, String user, String password, Path key, Path knownHosts,
                                         boolean allowUnknown) {
        return new SftpSettings(host, port, user, password, key, null, knownHosts, allowUnknown, null, 1);
    }
}
