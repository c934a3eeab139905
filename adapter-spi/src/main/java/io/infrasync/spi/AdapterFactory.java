package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.SpiVersion;
import java.util.Set;

/**
 * The entry point of an adapter, found by {@link java.util.ServiceLoader}: list the implementation
 * class in {@code META-INF/services/io.infrasync.spi.AdapterFactory}. The class is public, has a
 * public no-argument constructor and is stateless; the host creates one instance per process and
 * may call it from several threads.
 *
 * <p>Example:
 * <pre>{@code
 * public final class CsvAdapterFactory implements AdapterFactory {
 *     public String id() { return "csv"; }
 *     public SpiVersion spiVersion() { return SpiVersion.of(Spi.MAJOR, Spi.MINOR); }
 *     public Set<Capability> capabilities() { return EnumSet.of(Capability.READ); }
 *     public Adapter open(AdapterSettings settings, AdapterContext context) {
 *         return new CsvAdapter(context.baseDirectory().resolve(settings.requireString("directory")));
 *     }
 * }
 * }</pre>
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public interface AdapterFactory {

    /**
     * The adapter's name in {@code config.yml} ({@code source.name} / {@code destination.name}), for
     * example {@code netbox}. Lower case letters, digits, {@code -} and {@code _}, starting with a
     * letter; unique among the adapters a host loads.
     *
     * @return the id; never {@code null}
     */
    String id();

    /**
     * The SPI version the adapter was compiled against. Implement it as
     * {@code return SpiVersion.of(Spi.MAJOR, Spi.MINOR);} so the compiler inlines the constants; the
     * host refuses an adapter whose major version differs from its own, or whose minor is newer.
     *
     * @return the version; never {@code null}
     */
    SpiVersion spiVersion();

    /**
     * The optional operations the adapter's {@link Adapter} implements. Must be closed under
     * {@link Capability#implies()} (declaring {@code DELETE} means declaring {@code WRITE} and
     * {@code READ}); constant for the life of the factory.
     *
     * @return the capabilities; never {@code null}
     */
    Set<Capability> capabilities();

    /**
     * The adapter's own version, shown by {@code infrahub-sync adapters}. The default reads
     * {@code Implementation-Version} from the jar manifest.
     *
     * @return the version, or {@code "unknown"} when the jar has none; never {@code null}
     */
    default String version() {
        String version = getClass().getPackage() == null ? null : getClass().getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /**
     * A one-line description, shown by {@code infrahub-sync adapters}.
     *
     * @return the description, possibly empty; never {@code null}
     */
    default String description() {
        return "";
    }

    /**
     * Opens an adapter. Validates the settings (failing with a {@code CONFIGURATION} error that names
     * the setting) and may, but need not, contact the system.
     *
     * @param settings the user's settings for this adapter; never {@code null}
     * @param context what the host provides; never {@code null}
     * @return a new adapter the caller closes; never {@code null}
     * @throws AdapterException if the settings are invalid or the system refuses the connection
     */
    Adapter open(AdapterSettings settings, AdapterContext context);
}
