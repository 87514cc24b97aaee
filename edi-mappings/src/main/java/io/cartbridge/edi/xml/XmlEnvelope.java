package io.cartbridge.edi.xml;

import java.time.LocalDateTime;

/**
 * What the {@code Header} of a warehouse XML file says, with the kind of document.
 *
 * @param kind          the document, from the root element
 * @param version       the root's {@code version} attribute, for example {@code "1.0"}
 * @param controlNumber {@code Header/ControlNumber}, which acknowledgments name
 * @param senderId      {@code Header/Sender}
 * @param receiverId    {@code Header/Receiver}
 * @param created       {@code Header/Created} in UTC (a time without offset is taken as UTC)
 * @param test          {@code Header/Test}, {@code false} when absent
 * @since 0.1
 */
public record XmlEnvelope(XmlDocumentKind kind, String version, String controlNumber, String senderId,
                          String receiverId, LocalDateTime created, boolean test) {
}
