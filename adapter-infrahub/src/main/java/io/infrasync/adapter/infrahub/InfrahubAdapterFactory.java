package io.infrasync.adapter.infrahub;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.SpiVersion;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code infrahub} adapter: reads and writes an Infrahub 1.x server through its GraphQL API,
 * driven by the server's own schema ({@code /api/schema}), with paginated list queries fetched
 * concurrently, batched aliased mutations, deletes, relationship convergence, lineage and branches.
 *
 * <p>Settings: {@code url}, {@code token}, {@code branch}, {@code create_branch}, {@code verify_ssl},
 * {@code ca_bundle}, {@code timeout}, {@code page_size}, {@code batch_size}, {@code max_concurrency},
 * {@code source}, {@code owner}, {@code max_retries}, {@code retry_backoff_ms}, {@code retry_deadline},
 * {@code cursor_margin}; see {@code docs/adapter-infrahub.md}.
 */
public final class InfrahubAdapterFactory implements AdapterFactory {

    /** Creates the factory; stateless, as {@link java.util.ServiceLoader} requires. */
    public InfrahubAdapterFactory() {
        // nothing to initialise: every adapter gets its own settings, client and threads
    }

    @Override
    public String id() {
        return "infrahub";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.READ, Capability.SCHEMA, Capability.WRITE, Capability.DELETE,
                Capability.CHANGES_SINCE, Capability.LIST_IDS, Capability.BRANCHES);
    }

    @Override
    public String description() {
        return "Infrahub 1.x over GraphQL: schema-driven, batched, branch-aware source and destination";
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        InfrahubSettings parsed = InfrahubSettings.from(settings, context);
        return new InfrahubAdapter(parsed, context);
    }
}
