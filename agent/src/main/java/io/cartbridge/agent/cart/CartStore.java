package io.cartbridge.agent.cart;

import javax.sql.DataSource;

/**
 * What the core hands a {@link CartPlatform} to open one store's plugin: the store's database (a pool the core
 * owns and closes), its validated table prefix and the platform's own validated settings.
 *
 * @param name        the store's name ({@code default} for the single-shop settings)
 * @param prefix      where the store's settings are bound: {@code cartbridge.stores.<name>} or {@code cartbridge.cart};
 *                    messages name properties under it ({@code <prefix>.table-prefix})
 * @param dataSource  the cart's database
 * @param tablePrefix the install's table prefix, checked to be letters, digits and underscores (at most 32)
 * @param settings    the platform's settings, bound and validated at {@code <prefix>.<platform>}
 * @param writeBack   how shipments and stock reach the cart ({@code <prefix>.write-back}); {@link WriteBack#API} only
 *                    when the platform's settings passed {@link PlatformSettings#validateApi}
 * @param calls       the ledger's journal of API calls, for plugins that write through an API
 */
public record CartStore(String name, String prefix, DataSource dataSource, String tablePrefix, PlatformSettings settings,
                        WriteBack writeBack, CartCalls calls) {

    /** A store written back through its tables. */
    public CartStore(String name, String prefix, DataSource dataSource, String tablePrefix, PlatformSettings settings) {
        this(name, prefix, dataSource, tablePrefix, settings, WriteBack.SQL, CartCalls.NONE);
    }

    /** {@return the platform's settings as its own type} */
    public <T extends PlatformSettings> T settings(Class<T> type) {
        return type.cast(settings);
    }
}
