package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;

/**
 * A version of the adapter SPI ({@code MAJOR.MINOR}).
 *
 * <p>An adapter reports the version it was compiled against by returning
 * {@code SpiVersion.of(Spi.MAJOR, Spi.MINOR)} from {@code AdapterFactory.spiVersion()}: the
 * constants are inlined by the compiler, so the answer is fixed in the adapter's jar.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface SpiVersion permits Values.SpiVersionValue {

    /**
     * The major version: different majors are incompatible.
     *
     * @return a value {@code >= 1}
     */
    int major();

    /**
     * The minor version: a higher minor only adds defaulted methods and values.
     *
     * @return a value {@code >= 0}
     */
    int minor();

    /**
     * Tells whether an adapter built against this version runs on a host providing {@code host}:
     * same major, and a minor no newer than the host's (a newer adapter may call methods the host
     * lacks).
     *
     * @param host the host's SPI version; must not be {@code null}
     * @return {@code true} if compatible
     */
    default boolean runsOn(SpiVersion host) {
        return major() == host.major() && minor() <= host.minor();
    }

    /**
     * Creates a version.
     *
     * @param major the major version, {@code >= 1}
     * @param minor the minor version, {@code >= 0}
     * @return the version; its {@code toString()} is {@code "major.minor"}
     * @throws IllegalArgumentException if a number is out of range
     */
    static SpiVersion of(int major, int minor) {
        return new Values.SpiVersionValue(major, minor);
    }
}
