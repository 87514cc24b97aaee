package io.cartbridge.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import io.cartbridge.agent.transport.SshClientSettings;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * The "bare program" that order-export's speed target is measured against: the same orders moved end
 * to end with plain JDBC, StAEDI and an SFTP client, no framework, in one thread, as one would write it
 * without CartBridge. Per page of paid orders (keyset, HPOS tables): one query for the orders with their
 * shipping address, one for their line items with quantity and SKU; one X12 940 interchange; upload
 * under a temporary name, then rename; one row per order (and the file) in the agent database and an
 * order note per order in the cart, each committed per file. It resumes after the highest order it
 * recorded. No Spring: {@code cartbridge bench order-export --bare} starts it in a JVM of its own.
 *
 * <p>{@code java -cp ... io.cartbridge.bench.BareOrderExport --cart-url URL --cart-user U
 * --agent-url URL --agent-user U --sftp-host H --sftp-port P --sftp-user U --outbound-dir DIR
 * --sender-id S --receiver-id R --carrier SCAC --service LEVEL --page-size N}; the passwords come from
 * the environment ({@code CARTBRIDGE_BARE_CART_PASSWORD}, {@code _AGENT_PASSWORD}, {@code _SFTP_PASSWORD}),
 * not the command line, where other users of the machine could read them. Prints one line:
 * {@code bare: 50000 orders in 6.123 s (8166 orders/s in the export loop); ...}.
 */
public final class BareOrderExport {

    /** What the program needs; {@link #toString()} leaves the passwords out. */
    public record Settings(String cartUrl, String cartUser, String cartPassword, String agentUrl, String agentUser,
                           String agentPassword, String sftpHost, int sftpPort, String sftpUser, String sftpPassword,
                           String outboundDir, String senderId, String receiverId, String carrier, String service,
                           int pageSize) {
        @Override
        public String toString() {
            return "Settings[cart " + cartUrl + " as " + cartUser + ", agent " + agentUrl + " as " + agentUser + ", sftp "
                    + sftpUser + "@" + sftpHost + ":" + sftpPort + outboundDir + ", page " + pageSize + "]";
        }
    }

    /** What a run did; {@code loopNanos}: the export loop, after connecting; {@code cipher}: the SSH cipher negotiated. */
    public record Result(int orders, int files, int skipped, long setupNanos, long loopNanos, String cipher) {
    }

    private static final String NOTE = """
            INSERT INTO wp_comments (comment_post_ID, comment_author, comment_author_email, comment_author_url,
                   comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_karma,
                   comment_approved, comment_agent, comment_type, comment_parent, user_id)
            VALUES (?, 'WooCommerce', '', '', '', ?, ?, ?, 0, '1', 'WooCommerce', 'order_note', 0, 0)""";
    private static final String CREATE_FILES = """
            CREATE TABLE IF NOT EXISTS bare_file (
              name varchar(100) NOT NULL PRIMARY KEY,
              control_number int unsigned NOT NULL,
              content longblob NOT NULL,
              sent_at datetime(3) NOT NULL)""";
    private static final String CREATE_ORDERS = """
            CREATE TABLE IF NOT EXISTS bare_order (
              cart_order_id bigint unsigned NOT NULL PRIMARY KEY,
              file_name varchar(100) NOT NULL,
              sent_at datetime(3) NOT NULL,
              KEY bare_order_file (file_name))""";
    private static final String LAST_CONTROL_NUMBER = "SELECT COALESCE(MAX(control_number), 0) FROM bare_file";
    private static final String LAST_ORDER = "SELECT COALESCE(MAX(cart_order_id), 0) FROM bare_order";
    private static final String ADD_FILE = "INSERT INTO bare_file (name, control_number, content, sent_at) VALUES (?, ?, ?, ?)";
    private static final String ADD_ORDER = "INSERT INTO bare_order (cart_order_id, file_name, sent_at) VALUES (?, ?, ?)";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** MINA's default SFTP write buffer is 32 KiB; bigger writes mean fewer round trips per file. */
    private static final int WRITE_BUFFER = 255 * 1024;

    private static final java.util.logging.Logger STAEDI_LOG = java.util.logging.Logger.getLogger("io.xlate.edi");

    private BareOrderExport() {
    }

    public static void main(String[] args) {
        quietLogging();
        try {
            Result r = run(settings(args));
            System.out.printf(Locale.ROOT, "bare: %d orders in %.3f s (%.0f orders/s in the export loop); "
                            + "%d files, %d orders skipped, connecting %.3f s, cipher %s%n", r.orders(), r.loopNanos() / 1e9,
                    r.orders() * 1e9 / Math.max(1, r.loopNanos()), r.files(), r.skipped(), r.setupNanos() / 1e9, r.cipher());
            System.exit(0);
        } catch (Exception e) {
            System.err.println("bare: failed: " + e);
            System.exit(1);
        }
    }

    public static Result run(Settings s) throws Exception {
        long start = System.nanoTime();
        try (Connection cart = connect(s.cartUrl(), s.cartUser(), s.cartPassword());
             Connection agent = connect(s.agentUrl(), s.agentUser(), s.agentPassword());
             SshClient ssh = SshClient.setUpDefaultClient()) {
            ssh.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);   // the bare program trusts its server
            SshClientSettings.applyTo(ssh);   // the agent's own wire settings: the comparison is about the work
            ssh.start();
            try (ClientSession session = ssh.connect(s.sftpUser(), s.sftpHost(), s.sftpPort()).verify(TIMEOUT).getSession()) {
                session.addPasswordIdentity(s.sftpPassword());
                session.auth().verify(TIMEOUT);
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    long after;
                    long control;
                    try (Statement st = agent.createStatement()) {
                        st.execute(CREATE_FILES);
                        st.execute(CREATE_ORDERS);
                        after = single(st, LAST_ORDER);
                        control = single(st, LAST_CONTROL_NUMBER);
                    }
                    agent.commit();
                    return export(s, cart, agent, sftp, after, control, start,
                            session.getNegotiatedKexParameter(KexProposalOption.C2SENC));
                }
            }
        }
    }

    private static Result export(Settings s, Connection cart, Connection agent, SftpClient sftp, long after,
                                 long control, long start, String cipher) throws Exception {
        long loopStart = System.nanoTime();
        Bare940 x12 = new Bare940(s.senderId(), s.receiverId(), s.carrier(), s.service());
        int sent = 0;
        int files = 0;
        int skipped = 0;
        try (BarePages pages = new BarePages(cart, after, s.pageSize());
             PreparedStatement notes = cart.prepareStatement(NOTE);
             PreparedStatement addFile = agent.prepareStatement(ADD_FILE);
             PreparedStatement addOrder = agent.prepareStatement(ADD_ORDER)) {
            for (List<Bare940.Order> page = pages.next(); !page.isEmpty(); page = pages.next()) {
                List<Bare940.Order> ready = page.stream().filter(BarePages::complete).toList();
                skipped += page.size() - ready.size();
                if (ready.isEmpty()) {
                    continue;
                }
                LocalDateTime now = LocalDateTime.now();
                String name = "bare-940-%09d.edi".formatted(++control);
                byte[] content = x12.render(ready, control, now);
                upload(sftp, s.outboundDir(), name, content);
                Timestamp sentAt = Timestamp.valueOf(now);
                addFile.setString(1, name);
                addFile.setLong(2, control);
                addFile.setBytes(3, content);
                addFile.setTimestamp(4, sentAt);
                addFile.executeUpdate();
                Timestamp local = Timestamp.valueOf(now.withNano(0));
                Timestamp utc = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
                String note = "Sent to warehouse in " + name;
                for (Bare940.Order order : ready) {
                    addOrder.setLong(1, order.id());
                    addOrder.setString(2, name);
                    addOrder.setTimestamp(3, sentAt);
                    addOrder.addBatch();
                    notes.setLong(1, order.id());
                    notes.setTimestamp(2, local);
                    notes.setTimestamp(3, utc);
                    notes.setString(4, note);
                    notes.addBatch();
                }
                addOrder.executeBatch();
                agent.commit();
                notes.executeBatch();
                cart.commit();
                sent += ready.size();
                files++;
            }
        }
        long end = System.nanoTime();
        return new Result(sent, files, skipped, loopStart - start, end - loopStart, cipher);
    }

    private static void upload(SftpClient sftp, String dir, String name, byte[] content) throws IOException {
        String target = (dir.endsWith("/") ? dir : dir + "/") + name;
        try (OutputStream out = sftp.write(target + ".writing", WRITE_BUFFER)) {
            out.write(content);
        }
        sftp.rename(target + ".writing", target);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password == null ? "" : password);
        p.setProperty("rewriteBatchedStatements", "true");   // a batch of inserts as multi-row statements
        Connection c = DriverManager.getConnection(url, p);
        c.setAutoCommit(false);
        return c;
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Settings settings(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, not " + args[i]);
            }
            a.put(args[i].substring(2), args[i + 1]);
        }
        return new Settings(required(a, "cart-url"), required(a, "cart-user"), System.getenv("CARTBRIDGE_BARE_CART_PASSWORD"),
                required(a, "agent-url"), required(a, "agent-user"), System.getenv("CARTBRIDGE_BARE_AGENT_PASSWORD"),
                required(a, "sftp-host"), Integer.parseInt(required(a, "sftp-port")), required(a, "sftp-user"),
                requiredEnv("CARTBRIDGE_BARE_SFTP_PASSWORD"), a.getOrDefault("outbound-dir", "/in"),
                required(a, "sender-id"), required(a, "receiver-id"), required(a, "carrier"), required(a, "service"),
                Integer.parseInt(a.getOrDefault("page-size", "500")));
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is missing");
        }
        return value;
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalArgumentException("environment variable " + name + " is missing");
        }
        return value;
    }

    /**
     * Logback, on the class path for the agent, logs everything on the console unless configured; StAEDI
     * warns through java.util.logging of every interchange written without a control schema.
     */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        STAEDI_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
}
