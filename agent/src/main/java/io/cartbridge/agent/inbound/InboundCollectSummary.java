package io.cartbridge.agent.inbound;

import java.util.List;
import java.util.Map;

import io.cartbridge.agent.support.RunSummary;

/**
 * What one inbound-collect run did with the files it collected itself.
 *
 * @param received              files new and readable, waiting to be applied (or, for acknowledgments, applied)
 * @param receivedByType        how many of them per document type ("945" → 2), in the order first received
 * @param rejected              files that cannot be read or are not what they claim, with the reason
 * @param duplicates            files already collected (same content or same interchange), with the original
 * @param acknowledgmentsSent   acknowledgments (997) this run put on the partner's server
 */
public record InboundCollectSummary(long executionId, String partner, long received, Map<String, Long> receivedByType,
                                    List<CollectedFile> rejected, List<CollectedFile> duplicates,
                                    long acknowledgmentsSent) implements RunSummary {

    public InboundCollectSummary {
        receivedByType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(receivedByType));
        rejected = List.copyOf(rejected);
        duplicates = List.copyOf(duplicates);
    }

    public record CollectedFile(String name, String documentType, String reason) {
    }
}
