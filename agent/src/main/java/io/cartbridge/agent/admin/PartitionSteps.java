package io.cartbridge.agent.admin;

import java.util.List;

import io.cartbridge.agent.connections.Connection;

/**
 * How the job repository tells which connection a run covered: each job runs one partition per connection,
 * and the partition's step execution is named {@code <job>:<partition>}. The partition is the connection's
 * name, except for inbound-collect, which collects a partner's folder once for all its shops: its partition is
 * the partner's name.
 */
final class PartitionSteps {

    static final String INBOUND_COLLECT = "inbound-collect";
    /** The partitioned jobs, in the order a connection's work flows through them. */
    static final List<String> JOBS = List.of("order-export", INBOUND_COLLECT, "shipment-import", "inventory-import");

    private PartitionSteps() {
    }

    /** The name of the step execution that runs this connection's partition of the job. */
    static String of(String job, Connection connection) {
        return job + ":" + (job.equals(INBOUND_COLLECT) ? connection.partner().id() : connection.name());
    }

    /** The partition step names of every job for this connection, in the order of {@link #JOBS}. */
    static List<String> of(Connection connection) {
        return JOBS.stream().map(job -> of(job, connection)).toList();
    }
}
