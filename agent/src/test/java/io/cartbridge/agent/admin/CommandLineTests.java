package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Parsing the command line with the options each command takes ({@link Cli#VALUE_OPTIONS}). */
class CommandLineTests {

    @Test
    void connectionIsAnOptionOfTheCommandsThatCoverConnections() {
        for (String command : List.of("run", "executions", "held", "files", "resend", "check")) {
            assertThat(parse(command, "--connection", "eu-shop").options()).as(command).containsEntry("connection", "eu-shop");
        }
    }

    @Test
    void optionsArgumentsAndSpringPropertiesMixInAnyOrder() {
        CommandLine line = parse("run", "--connection", "eu-shop", "order-export", "--spring.datasource.url=jdbc:mariadb://db/agent");

        assertThat(line.command()).isEqualTo("run");
        assertThat(line.argument(0, "a job name")).isEqualTo("order-export");
        assertThat(line.options()).isEqualTo(Map.of("connection", "eu-shop"));
        assertThat(line.springArgs()).containsExactly("--spring.datasource.url=jdbc:mariadb://db/agent");

        CommandLine files = parse("files", "--state", "rejected", "--connection", "us-rest");
        assertThat(files.arguments()).isEmpty();
        assertThat(files.options()).isEqualTo(Map.of("state", "rejected", "connection", "us-rest"));
        assertThat(parse("executions", "--limit", "5", "--connection", "us").intOption("limit", 20)).isEqualTo(5);
        assertThat(parse("resend", "1001", "--connection", "eu-shop").argument(0, "a cart order id")).isEqualTo("1001");
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsAnErrorNotIgnored() {
        // restart runs the execution's failed partitions: a --connection would look like it restarts one only
        assertThatThrownBy(() -> parse("restart", "12", "--connection", "eu-shop"))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --connection for restart");
        assertThatThrownBy(() -> parse("connections", "--connection", "eu-shop"))
                .hasMessage("unknown option --connection for connections");
        assertThatThrownBy(() -> parse("held", "--state", "HELD")).hasMessage("unknown option --state for held");
        assertThatThrownBy(() -> parse("sandbox", "--job", "x")).hasMessage("unknown option --job for sandbox");
    }

    @Test
    void runTakesNoCollect() {
        assertThat(parse("run", "shipment-import", "--no-collect", "--connection", "eu-shop").options())
                .containsEntry("no-collect", "true").containsEntry("connection", "eu-shop");
    }

    @Test
    void anOptionNeedsItsValue() {
        assertThatThrownBy(() -> parse("held", "--connection")).hasMessage("option --connection needs a value");
        assertThatThrownBy(() -> parse("executions", "--limit", "ten").intOption("limit", 20))
                .hasMessage("--limit must be a number, not 'ten'");
    }

    @Test
    void helpShowsWhichCommandsTakeAConnection() {
        assertThat(Cli.USAGE).contains("  run JOB [--connection NAME] [--no-collect]\n")
                .contains("  executions [--job J] [--status S] [--limit N] [--connection NAME]\n")
                .contains("  connections                   each connection: store, partner, routing, each job's last run\n")
                .contains("  held [--connection NAME]      orders held back")
                .contains("  resend ORDER [--connection NAME]\n")
                .contains("  files [--state S] [--connection NAME]\n");
    }

    private static CommandLine parse(String... args) {
        return CommandLine.parse(args, Cli.VALUE_OPTIONS, Cli.FLAGS);
    }
}
