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

import io.cartbridge.edi.model.OrderLine;
import io.cartbridge.edi.model.WarehouseOrder;
import io.cartbridge.edi.x12.X12OrderFile;
import io.cartbridge.edi.x12.X12WarehouseOrderReader;

/**
 * The sandbox warehouse's simulated 3PL: answers each order file it received with a 945 shipping
 * every order (every third one in two parcels, the very first one partly, with a backorder), and
 * publishes an 846 stock snapshot of the SKUs it has seen, one per shop. Each answer is addressed back
 * to the shop that sent the orders (its ISA08 is the 940's ISA06), as a 3PL serving several client shops
 * from one folder does. Files appear in the outbound folder under a temporary name and are renamed, as a
 * careful 3PL does. What it answered is kept in {@code .answered}, so a second demo run sends nothing
 * twice either.
 */
final class SandboxThreePl {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    /** An interchange party: ISA05/ISA07 qualifier and ISA06/ISA08 id. */
    private record Party(String qualifier, String id) {
    }

    /** Who an answer is from (the 3PL, as the shop addressed it) and to (the shop). */
    private record Addressing(Party from, Party to) {
    }

    private final Path root;
    private final Path answered;
    private int controlNumber;

    SandboxThreePl(Path root) {
        this.root = root;
        this.answered = root.resolve(".answered");
    }

    /** Answers the order files not answered yet; returns how many 945 files it wrote. */
    int answer() {
        try {
            Set<String> done = Files.exists(answered) ? Set.copyOf(Files.readAllLines(answered)) : Set.of();
            controlNumber = 5000 + done.size() * 2;
            List<Path> files;
            try (Stream<Path> in = Files.list(root.resolve("in"))) {
                files = in.filter(f -> f.getFileName().toString().contains("-940-")).sorted()
                        .filter(f -> !done.contains(f.getFileName().toString())).toList();
            }
            // the SKUs each shop ordered, shops in the order their files were answered
            Map<Addressing, TreeMap<String, Integer>> stockOfShop = new LinkedHashMap<>();
            boolean first = done.isEmpty();
            for (Path file : files) {
                X12OrderFile orders;
                try (InputStream in = Files.newInputStream(file)) {
                    orders = new X12WarehouseOrderReader().read(in);
                }
                Addressing back = new Addressing(new Party(orders.receiverQualifier(), orders.receiverId()),
                        new Party(orders.senderQualifier(), orders.senderId()));
                publish("shipments-" + file.getFileName(), shipAdvice(orders.orders(), first, back));
                first = false;
                TreeMap<String, Integer> stock = stockOfShop.computeIfAbsent(back, b -> new TreeMap<>());
                orders.orders().forEach(o -> o.lines().forEach(l -> stock.put(l.sku(), 20 + Math.floorMod(l.sku().hashCode(), 30))));
                Files.writeString(answered, file.getFileName() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            for (Map.Entry<Addressing, TreeMap<String, Integer>> shop : stockOfShop.entrySet()) {
                publish("stock-" + (controlNumber + 1) + ".edi", inventoryAdvice(shop.getValue(), shop.getKey()));
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

    private void publish(String name, String content) throws IOException {
        Path out = root.resolve("out");
        Path temporary = out.resolve(name + ".writing");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, out.resolve(name.endsWith(".edi") ? name : name + ".edi"));
    }
}
