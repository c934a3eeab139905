package io.infrasync.cli.wiring;

import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.SpiVersion;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the registry knows about one discovered adapter, as {@code infrahub-sync adapters} shows it.
 *
 * @param id the adapter's id ({@code source.name} in {@code config.yml})
 * @param version the adapter's own version
 * @param spiVersion the SPI version it was built against
 * @param capabilities the declared capabilities
 * @param location the jar or class folder the factory class was loaded from
 * @param builtIn {@code true} for adapters on the host class path, {@code false} for plugins
 * @param description the adapter's one-line description, possibly empty
 * @param problem why the adapter cannot be used (SPI mismatch, invalid declaration), or empty when usable
 */
public record AdapterDescriptor(String id, String version, SpiVersion spiVersion, Set<Capability> capabilities,
        String location, boolean builtIn, String description, Optional<String> problem) {

    /** Validates and copies. */
    public AdapterDescriptor {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(spiVersion, "spiVersion is null");
        capabilities = Set.copyOf(capabilities);
        Objects.requireNonNull(location, "location is null");
        Objects.requireNonNull(description, "description is null");
        Objects.requireNonNull(problem, "problem is null");
    }

    /**
     * Tells whether the host can open this adapter.
     *
     * @return {@code true} when there is no problem
     */
    public boolean usable() {
        return problem.isEmpty();
    }
}
