package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
import io.infrasync.spi.model.SpiVersion;

/**
 * Version of the adapter SPI that this jar defines.
 *
 * <p>Adapters compile these constants into their {@code spiVersion()} answer; the host refuses an
 * adapter whose major version differs from {@link #MAJOR}, because a major version may remove or
 * change methods that the adapter calls or implements. Minor versions only add optional methods
 * with defaults, so an adapter built against an older minor keeps working.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public final class Spi {

    /** Major version: bumped on any incompatible change to the contract. */
    public static final int MAJOR = 1;

    /** Minor version: bumped when optional, defaulted methods or values are added. */
    public static final int MINOR = 0;

    private Spi() {
    }

    /**
     * Renders the version as {@code MAJOR.MINOR}.
     *
     * @return the version of this SPI, for example {@code "1.0"}
     */
    public static String version() {
        return MAJOR + "." + MINOR;
    }

    /**
     * The SPI version of this jar, as a value. On the host side this is the version the host
     * provides; an adapter must not call it from {@code spiVersion()} (it would answer the host's
     * version, defeating the handshake) but return {@code SpiVersion.of(Spi.MAJOR, Spi.MINOR)}.
     *
     * @return the version {@code MAJOR.MINOR}
     */
    public static SpiVersion current() {
        return SpiVersion.of(MAJOR, MINOR);
    }
}
