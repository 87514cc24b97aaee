package io.cartbridge.edi.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cartbridge.edi.EdiError;
import io.cartbridge.edi.EdiException;
import io.cartbridge.edi.model.Address;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdifactOrdersWriterTests {

    @Test
    void writesTheDocumentedSegmentsWithCountsAndEscapedSeparators() {
        String edi = EdifactTestData.write(EdifactTestData.settings().withDirectory("D96A", "EAN008").withTestIndicator(true),
                42, List.of(EdifactTestData.domestic()));
        assertThat(edi).isEqualTo("""
                UNA:+.? '
                UNB+UNOC:3+4012345000009:14+4098765000002:14+240515:0607+42++ORDERS++++1'
                UNH+1+ORDERS:D:96A:UN:EAN008'
                BGM+220+WC-10021+9'
                DTM+137:20240514093015:204'
                FTX+AAI+++Bitte beim Nachbarn abgeben?? Danke?: Jane'
                FTX+TRA+++DHL Paket'
                RFF+CR:10021'
                NAD+BY+4012345000009::9'
                NAD+DP+++Jane O?'Doe:::Doe ?+ Partner GmbH+Hauptstraße 12::Hinterhaus+München+BY+80331+DE'
                CTA+GR+:Jane O?'Doe'
                COM+?+49 89 1234567:TE'
                COM+jane.doe@example.com:EM'
                TDT+20+++:PAKET+DHL::182'
                LIN+1++4006381333931:EN'
                PIA+5+MUG-BLU-12:SA'
                IMD+F++:::Blue ceramic mug 12 oz'
                QTY+21:2:PCE'
                LIN+2'
                PIA+5+TEE-BLK-M:SA'
                IMD+F++:::Black T-shirt, size M'
                QTY+21:1:PCE'
                UNS+S'
                CNT+2:2'
                UNT+23+1'
                UNZ+1+42'
                """);
        assertThat(new EdifactValidator().validate(EdifactTestData.in(edi)).errors()).isEmpty();
    }

    @Test
    void severalOrdersAreSeveralMessagesCountedInUnz() {
        String edi = EdifactTestData.write(EdifactTestData.settings(), 7,
                new EdifactTestData.Generator(3, false).orders(3));
        assertThat(edi).contains("UNH+1+ORDERS:D:96A:UN'", "UNH+2+ORDERS:D:96A:UN'", "UNH+3+ORDERS:D:96A:UN'")
                .endsWith("UNZ+3+7'\n");
    }

    @Test
    void unoaTransliteratesToUpperCaseLevelA() {
        EdifactSettings unoa = EdifactTestData.settings().withSyntax("UNOA", 3);
        WarehouseOrder order = EdifactTestData.domestic();
        String edi = EdifactTestData.write(unoa, 1, List.of(order));
        assertThat(edi).contains("NAD+DP+++JANE O?'DOE:::DOE ?+ PARTNER GMBH+HAUPTSTRASSE 12::HINTERHAUS+MUNCHEN")
                .doesNotContain("MÜNCHEN");
        assertThat(edi).contains("COM+JANE.DOE??EXAMPLE.COM:EM'");
        WarehouseOrder read = new EdifactOrdersReader().read(EdifactTestData.in(edi)).orders().get(0);
        assertThat(read.shipTo().city()).isEqualTo("MUNCHEN");
        assertThat(read.shipTo().name()).isEqualTo("JANE O'DOE");
        assertThat(read.customerNote()).isEqualTo("BITTE BEIM NACHBARN ABGEBEN? DANKE: JANE");
    }

    @Test
    void unobAndUnocTransliterateWhatTheirSetCannotHold() {
        Address to = new Address("Zoë Łukasz", null, "ul. Piotrkowska 12", null, "Łódź", null, "90-001", "PL", null, null);
        WarehouseOrder order = new WarehouseOrder("PL-1", "1", null, to, null, null, null, "Preis 5 € – danke 😀",
                List.of(new OrderLine(1, "SKU-1", null, "Świeca", 1, "PCE")));
        WarehouseOrder unob = new EdifactOrdersReader().read(new ByteArrayInputStream(EdifactTestData.bytes(
                EdifactTestData.settings().withSyntax("UNOB", 3), 1, List.of(order)))).orders().get(0);
        assertThat(unob.shipTo().name()).isEqualTo("Zoe Lukasz");
        assertThat(unob.shipTo().city()).isEqualTo("Lodz");
        assertThat(unob.customerNote()).isEqualTo("Preis 5 EUR - danke ?");
        WarehouseOrder unoc = new EdifactOrdersReader().read(new ByteArrayInputStream(EdifactTestData.bytes(
                EdifactTestData.settings(), 1, List.of(order)))).orders().get(0);
        assertThat(unoc.shipTo().name()).isEqualTo("Zoë Lukasz");
        assertThat(unoc.lines().get(0).description()).isEqualTo("Swieca");
        WarehouseOrder unow = new EdifactOrdersReader().read(new ByteArrayInputStream(EdifactTestData.bytes(
                EdifactTestData.settings().withSyntax("UNOW", 4), 1, List.of(order)))).orders().get(0);
        assertThat(unow.shipTo().city()).isEqualTo("Łódź");
        assertThat(unow.customerNote()).isEqualTo("Preis 5 € – danke ?");
    }

    @Test
    void cutsTextBeyondWhatTheSegmentsCarry() {
        String longName = "Bartholomew ".repeat(12).strip();
        Address to = new Address(longName, null, "Street 1", null, "City", null, null, "DE", null, null);
        WarehouseOrder order = new WarehouseOrder("N-1", "1", null, to, null, null, null, null,
                List.of(new OrderLine(1, "S".repeat(40), null, null, 1, "PCE")));
        WarehouseOrder read = new EdifactOrdersReader().read(new ByteArrayInputStream(EdifactTestData.bytes(
                EdifactTestData.settings(), 1, List.of(order)))).orders().get(0);
        // three lines of 35: "Bartholomew x3", " Bartholomew x2 " (cut after a space), "Bartholomew x3"
        assertThat(read.shipTo().name()).isEqualTo("Bartholomew ".repeat(8).strip());
        assertThat(read.lines().get(0).sku()).isEqualTo("S".repeat(35));
    }

    @Test
    void readsThePublicEancomD01bOrder() throws Exception {
        EdifactOrderFile file;
        try (InputStream in = EdifactTestData.sample("public-d01b-orders-eancom.edi")) {
            file = new EdifactOrdersReader().read(in);
        }
        assertThat(file.senderId()).isEqualTo("4250159300001");
        assertThat(file.senderQualifier()).isEqualTo("14");
        assertThat(file.syntaxIdentifier()).isEqualTo("UNOC");
        assertThat(file.testIndicator()).isTrue();
        assertThat(file.directory()).isEqualTo("D01B");
        assertThat(file.associationCode()).isEqualTo("EAN010");
        assertThat(file.interchangeControlReference()).isEqualTo("896");
        assertThat(file.messageReferences()).containsExactly("2019265563");
        WarehouseOrder order = file.orders().get(0);
        assertThat(order.orderNumber()).isEqualTo("2019265563");
        assertThat(order.orderDate()).isEqualTo(LocalDateTime.of(2018, 12, 5, 0, 0));
        // the file holds UTF-8 replacement characters (EF BF BD) where umlauts were, read as ISO 8859-1
        assertThat(order.shipTo().name()).isEqualTo("A+A K\u00ef\u00bf\u00bdlte GmbH");
        assertThat(order.shipTo().line1()).isEqualTo("Testra\u00ef\u00bf\u00bde 7".replace("Testra", "Teststra"));
        assertThat(order.shipTo().postalCode()).isEqualTo("46149");
        assertThat(order.shipTo().country()).isEqualTo("DE");
        assertThat(order.shipTo().phone()).isNull();
        assertThat(order.lines()).hasSize(146);
        assertThat(order.lines().get(0)).isEqualTo(new OrderLine(1, "1001", null, "Butter 40x250g Alu", 2, "GBND"));
        assertThat(order.lines().get(86).description())
                .isEqualTo("H\u00ef\u00bf\u00bdhnersuppe Konzentrat ohne Einlage f Sup 1:10 und So\u00ef\u00bf\u00bd 1:6");
        assertThat(order.lines().get(145).sku()).isEqualTo("983253");
    }

    @Test
    void aBrokenOrdersFileIsRejectedWithEveryError() {
        String edi = "UNB+UNOC:3+A+B+240101:1200+5'UNH+1+ORDERS:D:96A:UN'BGM+220+X1+9'LIN+1'PIA+5+S:SA'QTY+21:1'"
                + "UNT+7+1'UNZ+1+5'";
        assertThatThrownBy(() -> new EdifactOrdersReader().read(EdifactTestData.in(edi)))
                .isInstanceOf(EdiException.class)
                .satisfies(e -> assertThat(((EdiException) e).errors()).extracting(EdiError::segmentPosition, EdiError::code)
                        .containsExactly(tuple(7, "UNT_COUNT"), tuple(7, "MISSING_DATA")));
    }

    @Test
    void settingsRejectWhatCannotFormAnInterchange() {
        assertThatThrownBy(() -> EdifactTestData.settings().withSyntax("UNOX", 3))
                .hasMessageContaining("syntaxIdentifier must be UNOA, UNOB, UNOC or UNOW");
        assertThatThrownBy(() -> EdifactTestData.settings().withSyntax("UNOW", 3))
                .hasMessageContaining("UNOW (UTF-8) needs syntaxVersion 4");
        assertThatThrownBy(() -> EdifactTestData.settings().withDirectory("D99B", null))
                .hasMessageContaining("directory must be D96A or D01B");
        assertThatThrownBy(() -> EdifactTestData.settings().withSeparators(':', ':', '?', '\''))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> EdifactTestData.settings().withSyntax("UNOC", 4).withSeparators(':', '+', '?', '*'))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> EdifactSettings.defaults("", "B")).hasMessageContaining("senderId");
        assertThatThrownBy(() -> new EdifactOrdersWriter(EdifactTestData.settings()).write(
                new java.io.ByteArrayOutputStream(), 0, EdifactTestData.CREATED, List.of(EdifactTestData.domestic())))
                .hasMessageContaining("Control reference 0");
    }
}
