package io.cartbridge.agent.inventory;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartbridge.agent.cart.CartDatabase;
import io.cartbridge.agent.cart.InventorySink.InventoryResult;
import io.cartbridge.agent.cart.InventorySink.StockLevel;
import io.cartbridge.agent.cart.OrderSource;
import io.cartbridge.agent.inbound.ReceivedItemReader.Received;
import io.cartbridge.agent.ledger.InboundFiles;
import io.cartbridge.agent.ledger.OrderLedger;
import io.cartbridge.agent.warehouse.Gtin;
import io.cartbridge.agent.warehouse.ItemIdentity;
import io.cartbridge.edi.model.InventoryItem;
import io.cartbridge.edi.model.ItemId;
import io.cartbridge.edi.model.QuantityKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Sets the cart's stock from a warehouse snapshot, a chunk of items at a time: the warehouse's
 * quantity less what is promised to orders it had not seen ({@link PromisedStock}). Only
 * changed quantities are written (the sink compares first). Unknown SKUs are counted and noted on the
 * file's ledger row when the file is done, and so are items whose cart SKU cannot be told (no id under
 * the partner's SKU qualifier, or one its SKU cross-reference does not list), by the ids they came with.
 * The counts of the file in progress are checkpointed with the reader's position, so that a file
 * finished by a restart is summed up whole.
 */
class InventoryApplier implements ItemWriter<Received<SnapshotItem>>, ItemStream {

    private static final Logger log = LoggerFactory.getLogger(InventoryApplier.class);
    private static final int UNKNOWN_NAMED = 50;
    private static final int ORDERS_PER_QUERY = 1000;
    private static final String CHANGED_KEY = "inventory-summary.changed";
    private static final String UNCHANGED_KEY = "inventory-summary.unchanged";

    private final String store;
    private final String partner;
    private final QuantityKind stockKind;
    private final ItemIdentity items;
    private final CartDatabase cart;
    private final OrderLedger ledger;
    private final InboundFiles files;
    private final Map<LocalDateTime, PromisedStock> promised = new HashMap<>();
    private long changed;
    private long unchanged;
    /** The file's unknown SKUs, the first {@value #UNKNOWN_NAMED} named. */
    private final FirstFew unknown = new FirstFew("inventory-summary.unknown", UNKNOWN_NAMED);
    /** The file's GTINs whose check digit is wrong (a typo at the warehouse), the first {@value #UNKNOWN_NAMED} named. */
    private final FirstFew wrongGtins = new FirstFew("inventory-summary.wrong-gtins", UNKNOWN_NAMED);
    /** Items the cart took at another quantity than the level, the first few named. */
    private final FirstFew adjusted = new FirstFew("inventory-summary.adjusted", UNKNOWN_NAMED);
    private final InventoryRunTally run = new InventoryRunTally();
    /** The file whose items are being applied, when its snapshot was taken, and whether that is too old. */
    private long currentFile;
    private LocalDateTime currentAsOf;
    private String staleReason;

    InventoryApplier(String store, String partner, QuantityKind stockKind, ItemIdentity items, CartDatabase cart,
                     OrderLedger ledger, InboundFiles files) {
        this.store = store;
        this.partner = partner;
        this.stockKind = stockKind;
        this.items = items;
        this.cart = cart;
        this.ledger = ledger;
        this.files = files;
    }

    @Override
    public void write(Chunk<? extends Received<SnapshotItem>> chunk) {
        List<StockLevel> levels = new ArrayList<>(chunk.size());
        for (Received<SnapshotItem> received : chunk) {
            SnapshotItem s = received.item();
            if (s != null) {
                run.items++;
                if (received.fileId() != currentFile) {
                    startFile(received.fileId(), s.header().asOf());
                }
                if (staleReason != null) {
                    continue;
                }
            }
            if (s != null) {
                checkGtins(s.item());
            }
            String sku = s == null ? null : items.cartSku(s.item().ids());
            if (s != null && sku == null) {
                unknown(items.describe(s.item().ids()));
            } else if (sku != null) {
                BigDecimal quantity = quantity(s.item());
                if (quantity != null) {
                    levels.add(new StockLevel(sku, promised(s.header().asOf()).sellable(sku, quantity)));
                }
            }
        }
        if (!levels.isEmpty()) {
            InventoryResult result = cart.plugin().inventorySink().apply(levels);
            changed += result.changed();
            unchanged += result.unchanged();
            run.changed += result.changed();
            run.unchanged += result.unchanged();
            run.unmanaged += result.unmanagedSkus().size();
            result.unknownSkus().forEach(this::unknown);
            result.adjusted().forEach(adjusted::add);
        }
        for (Received<SnapshotItem> s : chunk) {
            if (s.error() != null) {
                files.mark(s.fileId(), InboundFiles.State.REJECTED, s.error());
            } else if (s.lastOfFile() && s.fileId() == currentFile && staleReason != null) {
                log.warn("Stock snapshot file {} not applied: {}", s.fileId(), staleReason);
                files.markSnapshot(s.fileId(), InboundFiles.State.STALE, staleReason, currentAsOf);
                currentFile = 0;
            } else if (s.lastOfFile()) {
                String summary = changed + " changed, " + unchanged + " unchanged"
                        + (unknown.isEmpty() ? "" : ", unknown SKUs: " + unknown.describe())
                        + (wrongGtins.isEmpty() ? "" : ", wrong GTINs: " + wrongGtins.describe())
                        + (adjusted.isEmpty() ? "" : ", set to the lowest the cart allows: " + adjusted.describe());
                log.info("Stock snapshot file {} applied: {}", s.fileId(), summary);
                files.markSnapshot(s.fileId(), InboundFiles.State.APPLIED, summary, s.fileId() == currentFile ? currentAsOf : null);
                currentFile = 0;
                changed = 0;
                unchanged = 0;
                unknown.clear();
                wrongGtins.clear();
                adjusted.clear();
            }
        }
    }

    @Override
    public void open(ExecutionContext context) {
        changed = context.containsKey(CHANGED_KEY) ? context.getLong(CHANGED_KEY) : 0;
        unchanged = context.containsKey(UNCHANGED_KEY) ? context.getLong(UNCHANGED_KEY) : 0;
        unknown.open(context);
        wrongGtins.open(context);
        adjusted.open(context);
        run.open(context);
    }

    /** Runs before each chunk commits, with the reader's checkpoint. */
    @Override
    public void update(ExecutionContext context) {
        context.putLong(CHANGED_KEY, changed);
        context.putLong(UNCHANGED_KEY, unchanged);
        unknown.update(context);
        wrongGtins.update(context);
        adjusted.update(context);
        run.update(context);
    }

    /**
     * A snapshot taken before the newest one applied (a late file, or an old one resent under a new interchange
     * number) would set the stock back to what it was then: it is not applied.
     */
    private void startFile(long fileId, LocalDateTime asOf) {
        currentFile = fileId;
        currentAsOf = asOf;
        LocalDateTime latest = asOf == null ? null : files.latestSnapshot(store, partner);
        staleReason = latest != null && asOf.isBefore(latest)
                ? "taken " + asOf + ", before the snapshot already applied (taken " + latest + "); stock left as it is"
                : null;
    }

    private void unknown(String sku) {
        run.unknown(sku);
        unknown.add(sku);
    }

    /** A GTIN of the item whose check digit is wrong is reported; the item is still applied by its SKU. */
    private void checkGtins(InventoryItem item) {
        for (ItemId id : item.ids()) {
            String problem = id.kind().isGtin() ? Gtin.problem(id.value()) : null;
            if (problem != null) {
                wrongGtins.add(id.value() + " (" + problem + ")");
            }
        }
    }

    /** The item's quantity of the partner's kind, else the quantity available (or on hand, when that is the kind). */
    private BigDecimal quantity(InventoryItem item) {
        BigDecimal preferred = item.quantity(stockKind);
        if (preferred != null) {
            return preferred;
        }
        return item.quantity(stockKind == QuantityKind.AVAILABLE ? QuantityKind.ON_HAND : QuantityKind.AVAILABLE);
    }

    /** What is promised at {@code asOf}, worked out once per snapshot time. */
    private PromisedStock promised(LocalDateTime asOf) {
        return promised.computeIfAbsent(asOf, at -> PromisedStock.atOnce(at, time -> ledger.inFlightAt(store, partner, time),
                this::orderedUnits));
    }

    /** The units of these orders, as the cart holds them, asked {@value #ORDERS_PER_QUERY} orders at a time. */
    private Map<String, Map<String, BigDecimal>> orderedUnits(List<String> cartOrderIds) {
        Map<String, Map<String, BigDecimal>> units = new HashMap<>();
        OrderSource orders = cart.plugin().orderSource();
        for (int from = 0; from < cartOrderIds.size(); from += ORDERS_PER_QUERY) {
            units.putAll(orders.orderedUnits(cartOrderIds.subList(from, Math.min(cartOrderIds.size(), from + ORDERS_PER_QUERY))));
        }
        return units;
    }
}
