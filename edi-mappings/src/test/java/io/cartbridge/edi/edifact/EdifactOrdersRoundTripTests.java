package io.cartbridge.edi.edifact;

import static io.cartbridge.edi.edifact.EdifactTestData.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdifactOrdersRoundTripTests {

    @Test
    void manyRandomLatin1OrdersWithSeparatorsInTextComeBackUnchangedInUnoc() {
        for (long seed = 1; seed <= 40; seed++) {
            List<WarehouseOrder> orders = new EdifactTestData.Generator(seed, false).orders(5);
            EdifactSettings settings = EdifactTestData.settings();
            EdifactOrderFile file = new EdifactOrdersReader().read(new ByteArrayInputStream(bytes(settings, seed, orders)));
            assertThat(file.orders()).as("seed %d", seed).isEqualTo(orders);
            assertThat(file.messageReferences()).containsExactly("1", "2", "3", "4", "5");
            assertThat(file.interchangeControlReference()).isEqualTo(Long.toString(seed));
        }
    }

    @Test
    void manyRandomUnicodeOrdersComeBackUnchangedInUnowSyntaxVersion4() {
        EdifactSettings settings = EdifactTestData.settings().withSyntax("UNOW", 4).withDirectory("D01B", "EAN010");
        for (long seed = 100; seed <= 140; seed++) {
            List<WarehouseOrder> orders = new EdifactTestData.Generator(seed, true).orders(4);
            EdifactOrderFile file = new EdifactOrdersReader().read(new ByteArrayInputStream(bytes(settings, seed, orders)));
            assertThat(file.orders()).as("seed %d", seed).isEqualTo(orders);
            assertThat(file.syntaxIdentifier()).isEqualTo("UNOW");
            assertThat(file.syntaxVersion()).isEqualTo("4");
            assertThat(file.directory()).isEqualTo("D01B");
            assertThat(file.associationCode()).isEqualTo("EAN010");
        }
    }

    @Test
    void otherSeparatorsWithoutLineBreaksRoundTrip() {
        EdifactSettings settings = EdifactTestData.settings().withSeparators('|', '^', '!', '~');
        for (long seed = 200; seed <= 210; seed++) {
            List<WarehouseOrder> orders = new EdifactTestData.Generator(seed, false).orders(3);
            EdifactOrderFile file = new EdifactOrdersReader().read(new ByteArrayInputStream(bytes(settings, seed, orders)));
            assertThat(file.orders()).as("seed %d", seed).isEqualTo(orders);
        }
    }
}
