package io.cartbridge.edi.x12.internal;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * StAEDI's bundled X12 envelope (ISA/GS/ST) schemas, loaded once per interchange version.
 * Setting one on a writer makes StAEDI check the envelope we write.
 */
public final class ControlSchemas {

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private ControlSchemas() {
    }

    /** @param isa12 the interchange control version, for example {@code "00401"} */
    public static Schema x12(String isa12) {
        return CACHE.computeIfAbsent(isa12, v -> {
            try {
                return SchemaFactory.newFactory().getControlSchema(Standards.X12, new String[] {v});
            } catch (EDISchemaException e) {
                throw new IllegalStateException("StAEDI has no X12 control schema for " + v, e);
            }
        });
    }
}
