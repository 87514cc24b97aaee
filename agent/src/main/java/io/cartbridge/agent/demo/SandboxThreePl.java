package io.cartbridge.agent.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.cartbridge.edi.DocumentKind;
import io.cartbridge.edi.Envelope;
import io.cartbridge.edi.WarehouseFormat;
import io.cartbridge.edi.WarehouseFormats;
import io.cartbridge.edi.edifact.EdifactFormat;
import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12OrderFile;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;

/**
 * The sandbox warehouse's simulated 3PL: answers each order file it received, in the file's own format, with
 * shipment confirmations shipping every order (every third one in two parcels, the very first one partly, with a
 * backorder), and publishes a stock snapshot of the SKUs it has seen, one per shop and format: an X12 940 with a 945
 * and an 846, EDIFACT ORDERS with a DESADV and an INVRPT, warehouse XML with ShipmentConfirmations and an
 * InventorySnapshot ({@link SandboxAnswers}). Each answer is addressed back to the shop that sent the orders (its
 * receiver is the order file's sender, e.g. ISA08 is the 940's ISA06), as a 3PL serving several client shops from one
 * folder does. Files appear in the outbound folder under a temporary name and are renamed, as a careful 3PL does.
 * What it answered is kept in {@code .answered}, so a second demo run sends nothing twice either.
 */
final class SandboxThreePl {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    /** An interchange party: ISA05/ISA07 qualifier and ISA06/ISA08 id. */
    private record Party(String qualifier, String id) {
    }

    /** Who an answer is from (the 3PL, as the shop addressed it) and to (the shop), in the format of its orders. */
    private record Addressing(WarehouseFormat format, Party from, Party to) {
    }

    private static final String X12_NAME = "x12";

    private final Path root;
    private final Path answered;
    private int controlNumber;

    SandboxThreePl(Path root) {
        this.root = root;
        this.answered = root.resolve(".answered");
    }

    /** Answers the order files not answered yet; returns how many shipment confirmation files it wrote. */
    int answer() {
        try {
            Set<String> done = Files.exists(answered) ? Set.copyOf(Files.readAllLines(answered)) : Set.of();
            controlNumber = 5000 + done.size() * 2;
            List<Path> files;
            try (Stream<Path> in = Files.list(root.resolve("in"))) {
                files = in.filter(f -> !done.contains(f.getFileName().toString())).sorted()
                        .filter(f -> orderFileFormat(f) != null).toList();
            }
            // the SKUs each shop ordered, shops in the order their files were answered
            Map<Addressing, TreeMap<String, Integer>> stockOfShop = new LinkedHashMap<>();
            Map<Addressing, Envelope> envelopes = new LinkedHashMap<>();
            boolean first = done.isEmpty();
            for (Path file : files) {
                WarehouseFormat format = orderFileFormat(file);
                List<WarehouseOrder> orders;
                Addressing back;
                if (format.name().equals(X12_NAME)) {
                    X12OrderFile x12;
                    try (InputStream in = Files.newInputStream(file)) {
                        x12 = new X12WarehouseOrderReader().read(in);
                    }
                    orders = x12.orders();
                    back = new Addressing(format, new Party(x12.receiverQualifier(), x12.receiverId()),
                            new Party(x12.senderQualifier(), x12.senderId()));
                    publish("shipments-" + file.getFileName(), shipAdvice(orders, first, back));
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        orders = format.orders(in);
                    }
                    Envelope received = format.envelope(start(file));
                    back = new Addressing(format, new Party(received.receiverQualifier(), received.receiverId()),
                            new Party(received.senderQualifier(), received.senderId()));
                    envelopes.put(back, received);
                    long control = ++controlNumber;
                    publish("shipments-" + file.getFileName(), format.name().equals(EdifactFormat.NAME)
                            ? SandboxAnswers.despatchAdvice(received, control, orders, first)
                            : SandboxAnswers.shipmentConfirmations(received, control, orders, first));
                }
                first = false;
                TreeMap<String, Integer> stock = stockOfShop.computeIfAbsent(back, b -> new TreeMap<>());
                orders.forEach(o -> o.lines().forEach(l -> stock.put(l.sku(), 20 + Math.floorMod(l.sku().hashCode(), 30))));
                Files.writeString(answered, file.getFileName() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            for (Map.Entry<Addressing, TreeMap<String, Integer>> shop : stockOfShop.entrySet()) {
                Addressing back = shop.getKey();
                String name = "stock-" + (controlNumber + 1) + "." + back.format().fileExtension();
                if (back.format().name().equals(X12_NAME)) {
                    publish(name, inventoryAdvice(shop.getValue(), back));
                } else {
                    long control = ++controlNumber;
                    publish(name, back.format().name().equals(EdifactFormat.NAME)
                            ? SandboxAnswers.inventoryReport(envelopes.get(back), control, shop.getValue())
                            : SandboxAnswers.inventorySnapshot(envelopes.get(back), control, shop.getValue()));
                }
            }
            return files.size();
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox 3PL cannot answer: " + e.getMessage(), e);
        }
    }

    private String shipAdvice(List<WarehouseOrder> orders, boolean partialFirst, Addressing back) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<List<String>> sets = new ArrayList<>();
        int n = 0;
        for (WarehouseOrder order : orders) {
            n++;
            List<String> body = new ArrayList<>();
            body.add("W06*N*" + order.orderNumber() + "*" + DATE.format(now) + "*SBX-" + order.orderNumber());
            body.add("W27*U*" + (order.carrierCode() == null ? "UPSN" : order.carrierCode()) + "*"
                    + (order.serviceLevel() == null ? "GND" : order.serviceLevel()));
            boolean twoParcels = n % 3 == 0 && order.lines().size() > 1;
            int lx = 0;
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                if (i == 0 || twoParcels && i == 1) {
                    body.add("LX*" + (++lx));
                    body.add("MAN*CP*1ZSBX" + "%010d".formatted(Math.floorMod((order.orderNumber() + lx).hashCode(), 1_000_000_000)));
                }
                boolean partial = partialFirst && n == 1 && i == 0 && line.quantity() > 1;
                int shipped = partial ? line.quantity() - 1 : line.quantity();
                body.add("W12*" + (partial ? "BP" : "CC") + "*" + line.quantity() + "*" + shipped + "*"
                        + (line.quantity() - shipped) + "*EA**SK*" + line.sku());
            }
            body.add("W03*" + order.lines().stream().mapToInt(OrderLine::quantity).sum());
            sets.add(body);
        }
        return interchange("SW", "945", sets, back);
    }

    private String inventoryAdvice(TreeMap<String, Integer> stock, Addressing back) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String> body = new ArrayList<>();
        body.add("BIA*00*MM*SBX-STOCK*" + DATE.format(now) + "*" + TIME.format(now));
        stock.forEach((sku, quantity) -> {
            body.add("LIN**SK*" + sku);
            body.add("QTY*33*" + quantity + "*EA");
        });
        body.add("CTT*" + stock.size());
        return interchange("IB", "846", List.of(body), back);
    }

    private String interchange(String group, String type, List<List<String>> sets, Addressing back) {
        Party from = back.from();
        Party to = back.to();
        int icn = ++controlNumber;
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StringBuilder edi = new StringBuilder();
        edi.append("ISA*00*          *00*          *%s*%-15s*%s*%-15s*".formatted(from.qualifier(), from.id(), to.qualifier(), to.id()))
                .append(SHORT_DATE.format(now)).append('*').append(TIME.format(now)).append("*U*00401*%09d*0*T*>~\n".formatted(icn));
        edi.append("GS*").append(group).append('*').append(from.id()).append('*').append(to.id()).append('*').append(DATE.format(now)).append('*')
                .append(TIME.format(now)).append('*').append(icn).append("*X*004010~\n");
        int st = 0;
        for (List<String> body : sets) {
            String control = "%04d".formatted(++st);
            edi.append("ST*").append(type).append('*').append(control).append("~\n");
            body.forEach(segment -> edi.append(segment).append("~\n"));
            edi.append("SE*").append(body.size() + 2).append('*').append(control).append("~\n");
        }
        edi.append("GE*").append(st).append('*').append(icn).append("~\nIEA*1*%09d~\n".formatted(icn));
        return edi.toString();
    }

    /** The format of an order file the shop sent (its name says 940, ORDERS, WarehouseOrders), or null for other files. */
    private static WarehouseFormat orderFileFormat(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || !Files.isRegularFile(file)) {
            return null;
        }
        WarehouseFormat format = WarehouseFormats.detect(start(file)).orElse(null);
        return format != null && name.contains("-" + format.sentDocumentType(DocumentKind.ORDER) + "-") ? format : null;
    }

    private static byte[] start(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox 3PL cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void publish(String name, String content) throws IOException {
        publish(name.endsWith(".edi") ? name : name + ".edi", content.getBytes(StandardCharsets.UTF_8));
    }

    private void publish(String name, byte[] content) throws IOException {
        Path out = root.resolve("out");
        Path temporary = out.resolve(name + ".writing");
        Files.write(temporary, content);
        Files.move(temporary, out.resolve(name));
    }
}
