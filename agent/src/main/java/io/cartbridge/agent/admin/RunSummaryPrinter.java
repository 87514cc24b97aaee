package io.cartbridge.agent.admin;

import java.io.PrintStream;
import java.util.stream.Collectors;

import io.cartbridge.agent.inbound.InboundCollectSummary;
import io.cartbridge.agent.inventory.InventoryImportSummary;
import io.cartbridge.agent.orders.OrderExportSummary;
import io.cartbridge.agent.shipments.ShipmentImportSummary;
import io.cartbridge.agent.support.Listed;
import io.cartbridge.agent.support.RunSummary;

/** Prints a run's summary as the CLI shows it after {@code run}, {@code restart} and {@code execution}. */
final class RunSummaryPrinter {

    private RunSummaryPrinter() {
    }

    static void print(RunSummary summary, PrintStream out) {
        if (summary instanceof OrderExportSummary s) {
            orderExport(s, out);
        } else if (summary instanceof ShipmentImportSummary s) {
            shipmentImport(s, out);
        } else if (summary instanceof InventoryImportSummary s) {
            inventoryImport(s, out);
        } else if (summary instanceof InboundCollectSummary s) {
            inboundCollect(s, out);
        }
    }

    private static void orderExport(OrderExportSummary s, PrintStream out) {
        out.printf("Orders read from the cart:   %d%n", s.read());
        if (s.alreadyFiled() > 0) {
            out.printf("Orders already filed:        %d (by earlier or overlapping runs)%n", s.alreadyFiled());
        }
        out.printf("%s%d%n", label("Orders sent to " + s.partner() + ":"), s.sent());
        out.printf("Orders held:                 %d%n", s.held());
        if (s.held() <= OrderExportSummary.LISTED) {
            s.heldOrders().forEach(h -> out.printf("  order %s: %s%n", h.orderNumber(), h.reason()));
        } else {
            for (OrderExportSummary.HeldGroup g : s.heldGroups()) {
                out.printf("  %s: %s%s (%s)%n", count(g.orders().count(), "order"), g.problem(),
                        g.fix() == null ? "" : "; fix: " + g.fix(), names(g.orders()));
            }
            out.println("  (./cartbridge held lists each order; the next run sends those fixed)");
        }
        out.printf("Files uploaded to %s: %d%n", s.outboundDir(), s.filesUploaded());
        s.files().forEach(f -> out.printf("  %s  %s %s, interchange %09d%s%n", f.fileName(), f.format(),
                f.documentType(), f.controlNumber(), f.orders() > 0 ? ", " + f.orders() + " order(s)" : ""));
        if (s.filesUploaded() > s.files().size()) {
            out.printf("  ... and %d more (./cartbridge files lists them all)%n", s.filesUploaded() - s.files().size());
        }
        if (s.filesWaiting() > 0) {
            out.printf("Files waiting for upload:    %d (sent by the next run or restart)%n", s.filesWaiting());
        }
    }

    private static void shipmentImport(ShipmentImportSummary s, PrintStream out) {
        out.printf("%s applied to %s (%d completed, %d partial), %s not on the order, %s%n",
                count(s.shipments(), "shipment"), count(s.orders(), "order"), s.completed(), s.partial(),
                count(s.linesNotOnOrder(), "line"), count(s.unknownOrders().count(), "unknown order"));
        if (s.ordersWithLinesNotOnOrder().count() > 0) {
            out.println("  lines not on the order, in the shipments of: " + names(s.ordersWithLinesNotOnOrder()));
        }
        if (s.unknownOrders().count() > 0) {
            out.println("  unknown orders: " + names(s.unknownOrders()));
        }
        if (s.refusedOrders().count() > 0) {
            out.println("  refused by the shop's API (see each order's trail for the reason; resend once fixed): "
                    + names(s.refusedOrders()));
        }
    }

    private static void inventoryImport(InventoryImportSummary s, PrintStream out) {
        out.printf("%s, %d changed, %d unchanged%s%s%n", count(s.items(), "item"), s.changed(), s.unchanged(),
                s.unmanaged() > 0 ? ", " + s.unmanaged() + " not stock-managed" : "",
                s.unknownSkus().count() > 0 ? ", unknown SKUs: " + names(s.unknownSkus()) : "");
    }

    private static void inboundCollect(InboundCollectSummary s, PrintStream out) {
        out.printf("Files received from %s: %d%s%n", s.partner(), s.received(), s.receivedByType().isEmpty() ? ""
                : s.receivedByType().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", " (", ")")));
        out.printf("Files rejected: %d%n", s.rejected().size());
        s.rejected().forEach(f -> out.printf("  %s: %s%n", f.name(), f.reason()));
        out.printf("Files duplicate: %d (not applied again)%n", s.duplicates().size());
        s.duplicates().forEach(f -> out.printf("  %s: %s%n", f.name(), f.reason()));
        out.printf("Acknowledgments (997) sent back: %d%n", s.acknowledgmentsSent());
    }

    /** "1 order", "3 orders". */
    /** The label padded so that its figure lines up with the others, however long a partner id is. */
    static String label(String text) {
        return text.length() < 29 ? "%-29s".formatted(text) : text + " ";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "9001, 9002 and 4 more". */
    static String names(Listed listed) {
        long more = listed.count() - listed.first().size();
        return String.join(", ", listed.first()) + (more > 0 ? " and " + more + " more" : "");
    }
}
