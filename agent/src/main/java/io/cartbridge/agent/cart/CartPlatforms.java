package io.cartbridge.agent.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

import io.cartbridge.agent.config.ConfigurationException;

/**
 * The cart platforms there are, by name: those listed in {@code META-INF/services/io.cartbridge.agent.cart.CartPlatform}
 * on the class path (as Camel finds its components by name). A platform is looked up by the store's
 * {@code platform} setting; an unknown name is a configuration error naming the property and the platforms there are.
 */
public final class CartPlatforms {

    private static volatile CartPlatforms installed;

    private final Map<String, CartPlatform> byName = new TreeMap<>();

    /** A registry of these platforms; two with one name are an error. */
    public CartPlatforms(List<? extends CartPlatform> platforms) {
        for (CartPlatform platform : platforms) {
            CartPlatform other = byName.putIfAbsent(platform.name(), platform);
            if (other != null && other.getClass() != platform.getClass()) {
                throw new IllegalStateException("two cart platforms named '" + platform.name() + "': "
                        + other.getClass().getName() + " and " + platform.getClass().getName());
            }
        }
    }

    /** {@return the platforms on the class path; looked up once} */
    public static CartPlatforms installed() {
        CartPlatforms registry = installed;
        if (registry == null) {
            List<CartPlatform> found = new ArrayList<>();
            ServiceLoader.load(CartPlatform.class, CartPlatforms.class.getClassLoader()).forEach(found::add);
            registry = new CartPlatforms(found);
            installed = registry;
        }
        return registry;
    }

    /** {@return the names of the platforms, sorted} */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** {@return whether there is a platform of that name} */
    public boolean has(String name) {
        return name != null && byName.containsKey(name);
    }

    /**
     * The platform of that name.
     *
     * @param property the setting that named it, for the message: {@code cartbridge.stores.shop.platform}
     * @throws ConfigurationException "cartbridge.stores.shop.platform must be one of [woocommerce], not 'shopify'"
     */
    public CartPlatform get(String name, String property) {
        CartPlatform platform = name == null ? null : byName.get(name);
        if (platform == null) {
            throw new ConfigurationException(property + " must be one of " + names() + ", not '" + name + "'");
        }
        return platform;
    }

    /**
     * The platforms whose {@linkplain CartPlatform#signatureTables() signature tables} are all among these, each with
     * the prefix they have there: "prestashop tables under 'ps_'".
     *
     * @param tables the names of every table in the database
     */
    public List<String> recognize(Set<String> tables) {
        List<String> found = new ArrayList<>();
        for (CartPlatform platform : byName.values()) {
            List<String> signature = platform.signatureTables();
            if (signature.isEmpty()) {
                continue;
            }
            tables.stream().filter(t -> t.endsWith(signature.get(0))).sorted()
                    .map(t -> t.substring(0, t.length() - signature.get(0).length()))
                    .filter(prefix -> signature.stream().allMatch(s -> tables.contains(prefix + s)))
                    .forEach(prefix -> found.add(platform.name() + " tables under '" + prefix + "'"));
        }
        return found;
    }
}
