package io.cartbridge.agent.warehouse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * The warehouse (3PL) partner: who it is, which format it takes, and how files reach it. Bound from
 * {@code cartbridge.partners.<partner>.*} (the map key is the id), or from {@code cartbridge.warehouse.*},
 * the shorthand for one partner (see {@link io.cartbridge.agent.connections.Connections}).
 *
 * @param id            partner id, used in the ledger and in file names (letters, digits, '-', '_')
 * @param format        document format of the partner: {@code x12} (default), {@code edifact} or {@code xml}
 * @param ordersPerFile at most this many orders in one interchange file (default 200)
 * @param x12           X12 envelope settings
 * @param sftp          the partner's SFTP server
 * @param uploadWhileExtracting upload each file as soon as it is rendered, while order-extract reads on
 *                      (default true); the upload step then only sends what is left
 * @param stockQuantity which quantity of a stock snapshot is the stock the shop may sell: {@code available}
 *                      (default) or {@code on-hand}, the other being the fallback; the X12 846 qualifiers
 *                      {@code 33} and {@code 17} and the EDIFACT INVRPT ones {@code 198} and {@code 145} are
 *                      synonyms
 * @param skuQualifier  which kind of the warehouse's product ids is the cart's SKU: {@code seller-sku}
 *                      (default), {@code warehouse-item}, {@code buyer-part}, {@code buyer-item},
 *                      {@code manufacturer-part}, {@code mutually-defined}, or {@code gtin}/{@code upc}/{@code gtin-14}
 *                      when the cart's SKUs are GTINs; the X12 qualifiers ({@code SK}, {@code VN}, {@code BP} ...)
 *                      are synonyms. Read from ship notices and stock snapshots, written on order lines in the
 *                      partner format's code (see {@link ItemIdentity})
 * @param skuCrossReference optional CSV file {@code warehouse_item,cart_sku} (header line first) for a
 *                      warehouse whose item numbers are not the cart's SKUs; checked at start-up
 * @param edifact       EDIFACT interchange settings, for a partner whose format is {@code edifact}
 * @param xml           warehouse XML settings, for a partner whose format is {@code xml}
 */
public record WarehouseProperties(String id, String format, Integer ordersPerFile, X12 x12, Sftp sftp,
                                  Boolean uploadWhileExtracting, String stockQuantity, String skuQualifier,
                                  Path skuCrossReference, Edifact edifact, Xml xml) {

    /** Where today's single-shop settings are bound. */
    public static final String SHORTHAND = "cartbridge.warehouse";

    private static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern X12_ID = Pattern.compile("[A-Za-z0-9 ]{2,15}");

    /**
     * X12 interchange settings agreed with the partner.
     *
     * @param version            {@code 004010} (default) or {@code 005010}
     * @param senderQualifier    ISA05, default {@code ZZ} (mutually defined)
     * @param senderId           ISA06 / GS02, our id at the partner
     * @param receiverQualifier  ISA07, default {@code ZZ}
     * @param receiverId         ISA08 / GS03, the partner's id
     * @param usageIndicator     ISA15: {@code P} (production, default) or {@code T} (test)
     * @param elementSeparator   element separator, default {@code *}
     * @param segmentTerminator  segment terminator, default {@code ~}
     */
    public record X12(String version, String senderQualifier, String senderId, String receiverQualifier,
                      String receiverId, String usageIndicator, String elementSeparator,
                      String segmentTerminator) {
        /** The envelope of the files to this partner, in the format-neutral terms of {@code edi-mappings}. */
        public io.cartbridge.edi.PartnerEnvelope envelope() {
            return new io.cartbridge.edi.PartnerEnvelope(senderQualifier, senderId, receiverQualifier, receiverId,
                    "T".equals(usageIndicator), java.util.Map.of("version", version, "element-separator", elementSeparator,
                    "segment-terminator", segmentTerminator));
        }

        /** The envelope settings for documents to this partner. */
        public io.cartbridge.edi.x12.X12Settings settings() {
            return new io.cartbridge.edi.x12.X12Settings(version, senderQualifier, senderId, receiverQualifier, receiverId,
                    usageIndicator.charAt(0), elementSeparator.charAt(0), segmentTerminator.charAt(0), '>', true);
        }

        public X12 {
            version = version == null ? "004010" : version;
            senderQualifier = senderQualifier == null ? "ZZ" : senderQualifier;
            receiverQualifier = receiverQualifier == null ? "ZZ" : receiverQualifier;
            usageIndicator = usageIndicator == null ? "P" : usageIndicator;
            elementSeparator = elementSeparator == null ? "*" : elementSeparator;
            segmentTerminator = segmentTerminator == null ? "~" : segmentTerminator;
        }

        /** Checks the envelope settings of the partner bound at {@code prefix}; each failure names the property. */
        void validate(String prefix) {
            if (!version.equals("004010") && !version.equals("005010")) {
                throw new ConfigurationException(prefix + ".x12.version must be 004010 or 005010, not '" + version + "'");
            }
            requireX12Id(prefix + ".x12.sender-id", senderId);
            requireX12Id(prefix + ".x12.receiver-id", receiverId);
            requireQualifier(prefix + ".x12.sender-qualifier", senderQualifier);
            requireQualifier(prefix + ".x12.receiver-qualifier", receiverQualifier);
            if (!usageIndicator.equals("P") && !usageIndicator.equals("T")) {
                throw new ConfigurationException(prefix + ".x12.usage-indicator must be P or T, not '" + usageIndicator + "'");
            }
            requireSeparator(prefix + ".x12.element-separator", elementSeparator);
            requireSeparator(prefix + ".x12.segment-terminator", segmentTerminator);
            if (elementSeparator.equals(segmentTerminator)) {
                throw new ConfigurationException(prefix + ".x12.element-separator and segment-terminator must differ");
            }
        }
    }

    /**
     * EDIFACT interchange settings agreed with the partner.
     *
     * @param senderId           UNB 0004: our id at the partner, e.g. a GLN
     * @param senderQualifier    UNB 0007 of the sender, e.g. {@code 14} (GS1), default none
     * @param recipientId        UNB 0010: the partner's id
     * @param recipientQualifier UNB 0007 of the recipient, default none
     * @param syntaxIdentifier   {@code UNOA}, {@code UNOB}, {@code UNOC} (default) or {@code UNOW}
     * @param syntaxVersion      3 (default; 4 with UNOW) or 4
     * @param directory          {@code D96A} (default) or {@code D01B}
     * @param associationCode    UNH association assigned code, e.g. {@code EAN008}; default none
     * @param testIndicator      UNB 0035: test interchanges (default false)
     */
    public record Edifact(String senderId, String senderQualifier, String recipientId, String recipientQualifier,
                          String syntaxIdentifier, Integer syntaxVersion, String directory, String associationCode,
                          Boolean testIndicator) {

        public Edifact {
            syntaxIdentifier = syntaxIdentifier == null ? "UNOC" : syntaxIdentifier.trim().toUpperCase(java.util.Locale.ROOT);
            syntaxVersion = syntaxVersion == null ? ("UNOW".equals(syntaxIdentifier) ? 4 : 3) : syntaxVersion;
            directory = directory == null ? "D96A" : directory.trim().toUpperCase(java.util.Locale.ROOT);
            testIndicator = testIndicator != null && testIndicator;
        }

        /** The envelope of the files to this partner, in the format-neutral terms of {@code edi-mappings}. */
        public io.cartbridge.edi.PartnerEnvelope envelope() {
            java.util.Map<String, String> options = new java.util.HashMap<>(java.util.Map.of("syntax-identifier", syntaxIdentifier,
                    "syntax-version", Integer.toString(syntaxVersion), "directory", directory));
            if (associationCode != null) {
                options.put("association-code", associationCode);
            }
            return new io.cartbridge.edi.PartnerEnvelope(senderQualifier, senderId, recipientQualifier, recipientId,
                    testIndicator, options);
        }

        /** Checks the interchange settings of the partner bound at {@code prefix}; each failure names the property. */
        void validate(String prefix) {
            ConfigurationException.require(prefix + ".edifact.sender-id", senderId);
            ConfigurationException.require(prefix + ".edifact.recipient-id", recipientId);
            try {
                io.cartbridge.edi.edifact.EdifactFormat.settings(envelope());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(prefix + ".edifact: " + e.getMessage());
            }
        }
    }

    /**
     * Warehouse XML settings agreed with the partner.
     *
     * @param senderId           {@code Header/Sender}: our id at the partner
     * @param receiverId         {@code Header/Receiver}: the partner's id
     * @param test               {@code Header/Test}: test files (default false)
     * @param outboundStylesheet optional XSLT 3.0 stylesheet (run by Saxon-HE) turning our order files into the
     *                           partner's layout: the file uploaded is its result; checked at start-up
     * @param inboundStylesheet  optional XSLT 3.0 stylesheet turning the partner's XML files into ours; applied at
     *                           collection to each XML file of the partner not already in our namespace (the
     *                           original stays in the inbox beside the result); checked at start-up
     */
    public record Xml(String senderId, String receiverId, Boolean test, Path outboundStylesheet, Path inboundStylesheet) {

        public Xml {
            test = test != null && test;
        }

        /** These settings with another sender id (a connection's own). */
        public Xml withSenderId(String id) {
            return new Xml(id, receiverId, test, outboundStylesheet, inboundStylesheet);
        }

        /** {@return the compiled outbound stylesheet, or null when none is named} */
        public io.cartbridge.edi.xml.XmlStylesheet outbound() {
            return stylesheet("xml.outbound-stylesheet", outboundStylesheet);
        }

        /** {@return the compiled inbound stylesheet, or null when none is named} */
        public io.cartbridge.edi.xml.XmlStylesheet inbound() {
            return stylesheet("xml.inbound-stylesheet", inboundStylesheet);
        }

        private static io.cartbridge.edi.xml.XmlStylesheet stylesheet(String property, Path file) {
            if (file == null) {
                return null;
            }
            try {
                return io.cartbridge.edi.xml.XmlStylesheet.load(file);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(property + ": " + e.getMessage());
            }
        }

        /** The envelope of the files to this partner, in the format-neutral terms of {@code edi-mappings}. */
        public io.cartbridge.edi.PartnerEnvelope envelope() {
            return new io.cartbridge.edi.PartnerEnvelope(null, senderId, null, receiverId, test, java.util.Map.of());
        }

        /** Checks the settings of the partner bound at {@code prefix}, stylesheets compiled; each failure names the property. */
        void validate(String prefix) {
            ConfigurationException.require(prefix + ".xml.sender-id", senderId);
            ConfigurationException.require(prefix + ".xml.receiver-id", receiverId);
            stylesheet(prefix + ".xml.outbound-stylesheet", outboundStylesheet);
            stylesheet(prefix + ".xml.inbound-stylesheet", inboundStylesheet);
        }
    }

    /**
     * The partner's SFTP server.
     *
     * @param host                  host name or address
     * @param port                  port, default 22
     * @param username              login
     * @param password              password (secret: never logged); or use a private key
     * @param privateKey            OpenSSH or PEM private key file (ed25519 or RSA)
     * @param privateKeyPassphrase  passphrase of the private key (secret: never logged)
     * @param knownHosts            OpenSSH known_hosts file holding the server's host key
     * @param allowUnknownHostKeys  connect even if the host key is not in known_hosts (never the default)
     * @param outboundDir           where order files are put for the warehouse, default {@code /in}
     * @param inboundDir            where the warehouse leaves its files, default {@code /out}
     * @param timeout               connect and read timeout, default 30s
     * @param maxAttempts           attempts per operation on transient errors, default 4
     * @param afterDownload         what becomes of a collected file on the server: {@code archive}
     *                              (default), {@code delete} or {@code leave}
     * @param archiveDir            where collected files are moved, default {@code <inbound-dir>/archive}
     * @param minFileAge            a file younger than this may still be growing and is left for the
     *                              next run, default 10s
     */
    public record Sftp(String host, Integer port, String username, String password, Path privateKey,
                       String privateKeyPassphrase, Path knownHosts, boolean allowUnknownHostKeys,
                       String outboundDir, String inboundDir, Duration timeout, Integer maxAttempts,
                       String afterDownload, String archiveDir, Duration minFileAge) {
        public Sftp {
            port = port == null ? 22 : port;
            outboundDir = outboundDir == null ? "/in" : outboundDir;
            inboundDir = inboundDir == null ? "/out" : inboundDir;
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            maxAttempts = maxAttempts == null ? 4 : maxAttempts;
            afterDownload = afterDownload == null ? "archive" : afterDownload.trim().toLowerCase();
            archiveDir = archiveDir == null ? inboundDir.replaceAll("/+$", "") + "/archive" : archiveDir;
            minFileAge = minFileAge == null ? Duration.ofSeconds(10) : minFileAge;
        }

        @Override
        public String toString() {
            return "Sftp[host=" + host + ", port=" + port + ", username=" + username + ", password="
                    + (password == null ? null : "****") + ", privateKey=" + privateKey
                    + ", privateKeyPassphrase=" + (privateKeyPassphrase == null ? null : "****")
                    + ", knownHosts=" + knownHosts + ", allowUnknownHostKeys=" + allowUnknownHostKeys
                    + ", outboundDir=" + outboundDir + ", inboundDir=" + inboundDir + "]";
        }

        /** Checks the server settings of the partner bound at {@code prefix}; each failure names the property. */
        void validate(String prefix) {
            ConfigurationException.require(prefix + ".sftp.host", host);
            ConfigurationException.require(prefix + ".sftp.username", username);
            if (port < 1 || port > 65535) {
                throw new ConfigurationException(prefix + ".sftp.port must be between 1 and 65535, not " + port);
            }
            if ((password == null || password.isEmpty()) && privateKey == null) {
                throw new ConfigurationException(prefix + ".sftp.password or " + prefix + ".sftp.private-key must be set");
            }
            if (!afterDownload.equals("archive") && !afterDownload.equals("delete") && !afterDownload.equals("leave")) {
                throw new ConfigurationException(prefix + ".sftp.after-download must be archive, delete or leave, not '"
                        + afterDownload + "'");
            }
            if (knownHosts == null && !allowUnknownHostKeys) {
                throw new ConfigurationException(prefix + ".sftp.known-hosts must be set "
                        + "(or " + prefix + ".sftp.allow-unknown-host-keys=true, which accepts any server)");
            }
        }
    }

    public WarehouseProperties {
        format = format == null ? "x12" : format.trim().toLowerCase();
        ordersPerFile = ordersPerFile == null ? 200 : ordersPerFile;
        x12 = x12 == null ? new X12(null, null, null, null, null, null, null, null) : x12;
        sftp = sftp == null ? new Sftp(null, null, null, null, null, null, null, false, null, null, null, null, null, null,
                null) : sftp;
        uploadWhileExtracting = uploadWhileExtracting == null ? Boolean.TRUE : uploadWhileExtracting;
        stockQuantity = stockQuantity == null || stockQuantity.isBlank() ? "available" : stockQuantity.trim();
        skuQualifier = skuQualifier == null || skuQualifier.isBlank() ? "seller-sku" : skuQualifier.trim();
        edifact = edifact == null ? new Edifact(null, null, null, null, null, null, null, null, null) : edifact;
        xml = xml == null ? new Xml(null, null, null, null, null) : xml;
    }

    /** The partner id, checked: all that the ledger commands ({@code held}, {@code files}) need. */
    public String requireId() {
        ConfigurationException.require("cartbridge.warehouse.id", id);
        if (!PARTNER_ID.matcher(id).matches()) {
            throw new ConfigurationException("cartbridge.warehouse.id must be 1-64 letters, digits, '-' or '_', not '" + id + "'");
        }
        return id;
    }

    /** {@return the partner's format} */
    public io.cartbridge.edi.WarehouseFormat warehouseFormat() {
        return io.cartbridge.edi.WarehouseFormats.named(format);
    }

    /** {@return the envelope of the files to this partner, in its format} */
    public io.cartbridge.edi.PartnerEnvelope envelope() {
        return switch (format) {
            case "edifact" -> edifact.envelope();
            case "xml" -> xml.envelope();
            default -> x12.envelope();
        };
    }

    /** This partner under another id (a partner bound from a map is named by its key). */
    public WarehouseProperties withId(String partnerId) {
        return new WarehouseProperties(partnerId, format, ordersPerFile, x12, sftp, uploadWhileExtracting, stockQuantity,
                skuQualifier, skuCrossReference, edifact, xml);
    }

    /** This partner with other X12 envelope settings (a connection's own sender ids). */
    public WarehouseProperties withX12(X12 envelope) {
        return new WarehouseProperties(id, format, ordersPerFile, envelope, sftp, uploadWhileExtracting, stockQuantity,
                skuQualifier, skuCrossReference, edifact, xml);
    }

    /** This partner with other EDIFACT envelope settings (a connection's own sender id). */
    public WarehouseProperties withEdifact(Edifact envelope) {
        return new WarehouseProperties(id, format, ordersPerFile, x12, sftp, uploadWhileExtracting, stockQuantity,
                skuQualifier, skuCrossReference, envelope, xml);
    }

    /** This partner with other warehouse XML settings (a connection's own sender id). */
    public WarehouseProperties withXml(Xml envelope) {
        return new WarehouseProperties(id, format, ordersPerFile, x12, sftp, uploadWhileExtracting, stockQuantity,
                skuQualifier, skuCrossReference, edifact, envelope);
    }

    /** Whether a partner id is 1-64 letters, digits, '-' or '_'. */
    public static boolean isValidId(String id) {
        return id != null && PARTNER_ID.matcher(id).matches();
    }

    /** Checks what the jobs need; each failure names the property. */
    public void validate() {
        requireId();
        validate(SHORTHAND);
    }

    /**
     * {@link #validate()} but the id, for the partner bound at {@code prefix}: each message names the
     * property under it, e.g. {@code cartbridge.partners.acme.sftp.host}.
     */
    public void validate(String prefix) {
        ItemIdentity.kindOf(prefix + ".sku-qualifier", skuQualifier);
        stockQuantityKind(prefix);
        if (io.cartbridge.edi.WarehouseFormats.all().stream().noneMatch(f -> f.name().equals(format))) {
            throw new ConfigurationException(prefix + ".format must be one of " + io.cartbridge.edi.WarehouseFormats.all().stream()
                    .map(io.cartbridge.edi.WarehouseFormat::name).toList() + ", not '" + format + "'");
        }
        if (ordersPerFile < 1 || ordersPerFile > 10_000) {
            throw new ConfigurationException(prefix + ".orders-per-file must be between 1 and 10000, not " + ordersPerFile);
        }
        switch (format) {
            case "edifact" -> edifact.validate(prefix);
            case "xml" -> xml.validate(prefix);
            default -> x12.validate(prefix);
        }
        sftp.validate(prefix);
    }

    /** {@return the kind of quantity that is the sellable stock, from {@code stock-quantity}} */
    public io.cartbridge.edi.model.QuantityKind stockQuantityKind() {
        return stockQuantityKind(SHORTHAND);
    }

    private io.cartbridge.edi.model.QuantityKind stockQuantityKind(String prefix) {
        return io.cartbridge.edi.WarehouseFormats.quantityKind(stockQuantity).orElseThrow(() -> new ConfigurationException(
                prefix + ".stock-quantity must be one of " + String.join(", ", io.cartbridge.edi.WarehouseFormats.quantitySettings())
                        + ", not '" + stockQuantity + "'"));
    }

    /** Checks an ISA sender or receiver id given at {@code property}. */
    public static void requireX12Id(String property, String value) {
        ConfigurationException.require(property, value);
        if (!X12_ID.matcher(value).matches()) {
            throw new ConfigurationException(property + " must be 2-15 letters, digits or spaces, not '" + value + "'");
        }
    }

    /** Checks an ISA id qualifier given at {@code property}. */
    public static void requireQualifier(String property, String value) {
        if (!value.matches("[A-Z0-9]{2}")) {
            throw new ConfigurationException(property + " must be a two-character ISA qualifier such as ZZ or 01, not '" + value + "'");
        }
    }

    private static void requireSeparator(String property, String value) {
        if (value.length() != 1 || Character.isLetterOrDigit(value.charAt(0)) || value.charAt(0) == ' ') {
            throw new ConfigurationException(property + " must be one punctuation character, not '" + value + "'");
        }
    }
}
