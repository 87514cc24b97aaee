package io.cartbridge.edi.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class XmlWarehouseOrderWriterTests {

    @Test
    void writesOrdersUnderTheHeader() {
        String xml = XmlSamples.write(List.of(XmlSamples.domestic(), XmlSamples.international()));
        System.out.println(xml);
        assertThat(xml).contains("<OrderNumber>WC-10021</OrderNumber>");
    }
}
