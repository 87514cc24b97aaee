package io.cartbridge.agent.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * X12 files as the test warehouse ACME3PL sends them to the shop MYSHOP (004010, {@code *} and {@code ~},
 * one segment a line), with envelopes and counts that agree, and their drop into the warehouse's outbound
 * folder, where inbound-collect finds them.
 */
public final class FromWarehouse {

    private FromWarehouse() {
    }

    /** One interchange with one functional group of {@code group}, a transaction set of {@code type} per body. */
    public static String interchange(int icn, String group, String type, List<List<String>> bodies) {
        return interchange("ACME3PL", "MYSHOP", icn, group, type, bodies);
    }

    /** {@link #interchange(int, String, String, List)} from the partner's id {@code from} to the shop's id {@code to}. */
    public static String interchange(String from, String to, int icn, String group, String type, List<List<String>> bodies) {
        StringBuilder edi = new StringBuilder(
                "ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261126*1200*U*00401*%09d*0*P*>~\n"
                        .formatted(from, to, icn) + "GS*%s*%s*%s*20261126*1200*%d*X*004010~\n".formatted(group, from, to, icn));
        int st = 0;
        for (List<String> body : bodies) {
            String control = "%04d".formatted(++st);
            List<String> segments = new ArrayList<>();
            segments.add("ST*" + type + "*" + control);
            segments.addAll(body);
            segments.add("SE*" + (segments.size() + 1) + "*" + control);
            segments.forEach(s -> edi.append(s).append("~\n"));
        }
        return edi.append("GE*%d*%d~\nIEA*1*%09d~\n".formatted(st, icn, icn)).toString();
    }

    /** 945 shipping advices, one per body (from W06 to W03). */
    public static String shipmentAdvices(int icn, List<List<String>> bodies) {
        return interchange(icn, "SW", "945", bodies);
    }

    /** An 846 as of {@code date} (yyyyMMdd) 06:00, items "SKU*available". */
    public static String stockSnapshot(int icn, String date, List<String> items) {
        List<String> body = new ArrayList<>();
        body.add("BIA*00*MM*INV-" + icn + "*" + date + "*0600");
        for (String item : items) {
            String[] parts = item.split("\\*");
            // "SKU-A/036000291452*5": the SKU with a UPC beside it
            String[] ids = parts[0].split("/");
            body.add("LIN**SK*" + ids[0] + (ids.length > 1 ? "*UP*" + ids[1] : ""));
            body.add("QTY*33*" + parts[1] + "*EA");
        }
        body.add("CTT*" + items.size());
        return interchange(icn, "IB", "846", List.of(body));
    }

    /** Leaves the file in the warehouse's outbound folder under {@code name}. */
    public static void drop(TestAgent agent, String name, String edi) {
        try {
            Files.writeString(agent.warehouse().root().resolve("out").resolve(name), edi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
