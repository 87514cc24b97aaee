package io.cartbridge.agent.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cartbridge.edi.model.FunctionalAck;
import io.cartbridge.edi.model.TransactionAck;
import org.junit.jupiter.api.Test;

class AckJsonTests {

    @Test
    void anAckNamesTheFirstAcknowledgedTransactionsTypeAndListsEachWithItsErrors() throws Exception {
        FunctionalAck ack = new FunctionalAck("ACMEWHSE", "000001001", "OW", "2002", "PARTIAL", List.of(
                new TransactionAck("940", "0001", "ACCEPTED", List.of()),
                new TransactionAck("940", "0002", "REJECTED", List.of("segment 4 (W05): 8: missing order number"))));

        assertThat(JsonWriting.of(json -> AckJson.write(json, ack))).isEqualTo("{\"type\":\"FunctionalAck\","
                + "\"groupControlNumber\":\"2002\",\"acknowledgedType\":\"940\",\"status\":\"PARTIAL\","
                + "\"transactions\":[{\"transactionSetId\":\"940\",\"controlNumber\":\"0001\",\"status\":\"ACCEPTED\","
                + "\"errors\":[]},{\"transactionSetId\":\"940\",\"controlNumber\":\"0002\",\"status\":\"REJECTED\","
                + "\"errors\":[\"segment 4 (W05): 8: missing order number\"]}]}");
    }

    @Test
    void anAckOfAWholeGroupTakesTheTypeFromTheGroupsFunctionalId() throws Exception {
        FunctionalAck shipAdvices = new FunctionalAck("CARTBRIDGE", "000000007", "SW", "31", "ACCEPTED", List.of());
        FunctionalAck unknown = new FunctionalAck("CARTBRIDGE", "000000008", "ZZ", "32", "ACCEPTED", List.of());

        assertThat(JsonWriting.of(json -> AckJson.write(json, shipAdvices))).isEqualTo("{\"type\":\"FunctionalAck\","
                + "\"groupControlNumber\":\"31\",\"acknowledgedType\":\"945\",\"status\":\"ACCEPTED\",\"transactions\":[]}");
        assertThat(JsonWriting.of(json -> AckJson.write(json, unknown))).contains("\"acknowledgedType\":null");
    }
}
