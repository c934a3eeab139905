package io.infrasync.core.mapping;

import java.util.List;

/**
 * Tells where a nested peer value lives. A reference field's value names its peer in the source's own
 * terms (NetBox and Nautobot nest <code>{id, url, ...}</code>); the locator turns one such value into a
 * {@link PeerKey}, choosing among the endpoints that may hold the peer (those of the
 * {@code schema_mapping} entries whose kind matches the reference).
 */
@FunctionalInterface
public interface PeerLocator {

    /**
     * Locates {@code value}.
     *
     * @param value      one element of the reference field's value: a nested object, a scalar id, or a
     *                   {@link PeerKey} that an adapter resolved already
     * @param candidates the endpoints that may hold the peer, never empty
     * @return the peer's key
     * @throws IllegalArgumentException when the value does not say which peer it is (the message says why)
     */
    PeerKey locate(Object value, List<String> candidates);

    /**
     * The standard locator. A {@link PeerKey} is taken as is. The local id is a scalar value itself, or the
     * {@code id} of a nested object. The endpoint is the only candidate when there is one; otherwise the
     * candidate whose path appears in the object's {@code url} ({@code /api/dcim/sites/5/} for
     * {@code dcim.sites}, {@code _} and {@code -} treated alike), or whose model its {@code object_type}
     * names ({@code dcim.location} for {@code dcim.locations}). It never guesses from the id alone.
     */
    static PeerLocator standard() {
        return StandardPeerLocator.INSTANCE;
    }
}
