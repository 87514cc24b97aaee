package io.cartbridge.bench;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.cartbridge.agent.demo.DemoStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a PrestaShop 8.1 store ({@code sample-data/prestashop/schema.sql}, prefix {@code ps_}) for the benchmark,
 * shaped as {@link BenchStore} shapes a WooCommerce one: the installer's order states, {@value BenchStore#PRODUCTS}
 * products, and paid orders of 2-3 lines each with a customer, a delivery address, a carrier row and a history row,
 * as a checkout writes them; or products with stock for a snapshot. Batched inserts, explicit ids.
 */
final class PrestaShopBenchStore {

    private static final int BATCH = 5_000;
    private static final String STATES = """
            INSERT INTO ps_order_state (id_order_state, invoice, send_email, module_name, color, unremovable, hidden,
                                        logable, delivery, shipped, paid, pdf_invoice, pdf_delivery, deleted) VALUES
              (1, 0, 1, 'ps_checkpayment', '#34209E', 1, 0, 0, 0, 0, 0, 0, 0, 0),
              (2, 1, 1, NULL, '#3498D8', 1, 0, 1, 0, 0, 1, 1, 0, 0),
              (3, 1, 1, NULL, '#3498D8', 1, 0, 1, 1, 0, 1, 0, 0, 0),
              (4, 1, 1, NULL, '#01B887', 1, 0, 1, 1, 1, 1, 0, 0, 0),
              (5, 1, 0, NULL, '#01B887', 1, 0, 1, 1, 1, 1, 0, 0, 0),
              (6, 0, 1, NULL, '#2C3E50', 1, 0, 0, 0, 0, 0, 0, 0, 0),
              (7, 1, 1, NULL, '#01B887', 1, 0, 0, 0, 0, 0, 0, 0, 0)""";
    private static final String CONFIGURATION = """
            INSERT INTO ps_configuration (id_shop_group, id_shop, name, value, date_add, date_upd) VALUES
              (NULL, NULL, 'PS_OS_SHIPPING', '4', NOW(), NOW()),
              (NULL, NULL, 'PS_STOCK_MANAGEMENT', '1', NOW(), NOW())""";
    private static final String COUNTRY = """
            INSERT INTO ps_country (id_country, id_zone, iso_code, active, contains_states, display_tax_label)
            VALUES (21, 2, 'US', 1, 1, 1)""";
    private static final String STATE = """
            INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, active) VALUES (14, 21, 2, 'Illinois', 'IL', 1)""";
    private static final String CARRIER = """
            INSERT INTO ps_carrier (id_carrier, id_reference, name, active, deleted) VALUES (1, 1, 'Flat rate', 1, 0)""";
    private static final String PRODUCT = """
            INSERT INTO ps_product (id_product, id_tax_rules_group, reference, ean13, is_virtual, product_type, active,
                                    date_add, date_upd)
            VALUES (?, 1, ?, NULL, 0, 'standard', 1, ?, ?)""";
    private static final String STOCK = """
            INSERT INTO ps_stock_available (id_product, id_product_attribute, id_shop, id_shop_group, quantity,
                                            physical_quantity, reserved_quantity, depends_on_stock, out_of_stock)
            VALUES (?, 0, 1, 0, ?, ?, 0, 0, 2)""";
    private static final String CUSTOMER = """
            INSERT INTO ps_customer (id_customer, id_gender, firstname, lastname, email, passwd, date_add, date_upd)
            VALUES (?, 1, 'Buyer', ?, ?, 'x', ?, ?)""";
    private static final String ADDRESS = """
            INSERT INTO ps_address (id_address, id_country, id_state, id_customer, alias, company, lastname, firstname,
                                    address1, address2, postcode, city, phone, phone_mobile, date_add, date_upd, deleted)
            VALUES (?, 21, 14, ?, 'Home', NULL, ?, 'Buyer', ?, NULL, '62701', 'Springfield', '555-0100', NULL, ?, ?, 0)""";
    private static final String ORDER = """
            INSERT INTO ps_orders (id_order, reference, id_shop_group, id_shop, id_carrier, id_lang, id_customer, id_cart,
                                   id_currency, id_address_delivery, id_address_invoice, current_state, payment,
                                   invoice_date, delivery_date, valid, date_add, date_upd)
            VALUES (?, ?, 1, 1, 1, 1, ?, ?, 1, ?, ?, 2, 'Card', ?, '0000-00-00 00:00:00', 1, ?, ?)""";
    private static final String DETAIL = """
            INSERT INTO ps_order_detail (id_order, id_shop, product_id, product_attribute_id, product_name,
                                         product_quantity, product_quantity_refunded, product_reference, product_ean13,
                                         product_weight, tax_name)
            VALUES (?, 1, ?, 0, ?, ?, 0, ?, NULL, 0.3, '')""";
    private static final String ORDER_CARRIER = """
            INSERT INTO ps_order_carrier (id_order, id_carrier, weight, shipping_cost_tax_excl, shipping_cost_tax_incl,
                                          tracking_number, date_add)
            VALUES (?, 1, 0.9, 5, 6, '', ?)""";
    private static final String HISTORY = """
            INSERT INTO ps_order_history (id_employee, id_order, id_order_state, date_add) VALUES (0, ?, 2, ?)""";

    private PrestaShopBenchStore() {
    }

    /** The PrestaShop tables with the installer's order states, configuration, a country and a carrier. */
    static void createSchema(DataSource cart) {
        DemoStore.runScript(cart, "sample-data/prestashop/schema.sql", "ps_", "ps_");
        JdbcTemplate jdbc = new JdbcTemplate(cart);
        for (String statement : List.of(STATES, CONFIGURATION, COUNTRY, STATE, CARRIER)) {
            jdbc.update(statement);
        }
    }

    /** {@code count} products with stock 10 each, references STOCK-000001..., ids from 100001. */
    static void seedStockedProducts(JdbcTemplate jdbc, int count) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> products = new ArrayList<>();
        List<Object[]> stock = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long id = 100_000L + i;
            products.add(new Object[] {id, BenchStore.stockSku(i), now, now});
            stock.add(new Object[] {id, 10, 10});
            if (products.size() == BATCH || i == count) {
                jdbc.batchUpdate(PRODUCT, products);
                jdbc.batchUpdate(STOCK, stock);
                products.clear();
                stock.clear();
            }
        }
        jdbc.execute("ANALYZE TABLE ps_product, ps_stock_available, ps_product_attribute");
    }

    /** {@code orders} paid orders (state 2, payment accepted) of 2-3 lines of the bench's products. */
    static void seed(JdbcTemplate jdbc, int orders) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        List<Object[]> products = new ArrayList<>();
        List<Object[]> stock = new ArrayList<>();
        for (int p = 1; p <= BenchStore.PRODUCTS; p++) {
            products.add(new Object[] {p, BenchStore.sku(p), now, now});
            stock.add(new Object[] {p, 1000, 1000});
        }
        jdbc.batchUpdate(PRODUCT, products);
        jdbc.batchUpdate(STOCK, stock);
        Random random = new Random(BenchStore.SEED);
        List<Object[]> customers = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> orderRows = new ArrayList<>();
        List<Object[]> details = new ArrayList<>();
        List<Object[]> carriers = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int o = 1; o <= orders; o++) {
            long id = 1000L + o;
            customers.add(new Object[] {o, "Number " + o, "buyer" + o + "@example.com", now, now});
            addresses.add(new Object[] {o, o, "Number " + o, o + " Main Street", now, now});
            orderRows.add(new Object[] {id, "B%08d".formatted(o), o, o, o, o, now, now, now}); // reference: 9 characters
            int lines = 2 + random.nextInt(2);
            for (int l = 0; l < lines; l++) {
                int product = 1 + random.nextInt(BenchStore.PRODUCTS);
                details.add(new Object[] {id, product, "Bench product " + product, 1 + random.nextInt(3), BenchStore.sku(product)});
            }
            carriers.add(new Object[] {id, now});
            history.add(new Object[] {id, now});
            if (orderRows.size() >= BATCH || o == orders) {
                jdbc.batchUpdate(CUSTOMER, customers);
                jdbc.batchUpdate(ADDRESS, addresses);
                jdbc.batchUpdate(ORDER, orderRows);
                jdbc.batchUpdate(DETAIL, details);
                jdbc.batchUpdate(ORDER_CARRIER, carriers);
                jdbc.batchUpdate(HISTORY, history);
                for (List<Object[]> rows : List.of(customers, addresses, orderRows, details, carriers, history)) {
                    rows.clear();
                }
            }
        }
        jdbc.execute("ANALYZE TABLE ps_orders, ps_order_detail, ps_address, ps_customer, ps_order_carrier, "
                + "ps_order_history, ps_product, ps_stock_available");
    }
}
