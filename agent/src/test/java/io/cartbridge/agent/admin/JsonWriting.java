package io.cartbridge.agent.admin;

import java.io.IOException;
import java.io.StringWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** What a {@code <Document>Json} class writes, as text, for the tests of each. */
final class JsonWriting {

    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonWriting() {
    }

    static String of(Body body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            body.write(json);
        }
        return text.toString();
    }
}
