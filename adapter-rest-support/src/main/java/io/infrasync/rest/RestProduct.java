package io.infrasync.rest;

import java.util.Locale;
import java.util.Objects;

/**
 * The names a REST system goes by in settings, messages and thread names.
 *
 * @param displayName how messages name the system ({@code NetBox})
 * @param envPrefix   the prefix of its environment variables ({@code NETBOX}: {@code NETBOX_ADDRESS},
 *                    {@code NETBOX_URL}, {@code NETBOX_TOKEN})
 */
public record RestProduct(String displayName, String envPrefix) {

    /**
     * @throws NullPointerException if a name is {@code null}
     */
    public RestProduct {
        Objects.requireNonNull(displayName, "displayName is null");
        Objects.requireNonNull(envPrefix, "envPrefix is null");
    }

    /** The lower-case name used for thread names and example host names ({@code netbox}). */
    public String id() {
        return envPrefix.toLowerCase(Locale.ROOT);
    }
}
