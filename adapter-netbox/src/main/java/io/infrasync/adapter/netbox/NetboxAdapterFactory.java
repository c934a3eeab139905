package io.infrasync.adapter.netbox;

import io.infrasync.rest.RestSettings;
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
 * The {@code netbox} source adapter: reads NetBox REST endpoints ({@code dcim.sites},
 * {@code ipam.ip-addresses}, {@code plugins.<app>.<model>}) with concurrent page requests, retries,
 * and incremental reads through {@code last_updated__gte}.
 *
 * <p>Settings: {@code url}, {@code token} (environment {@code NETBOX_ADDRESS}/{@code NETBOX_URL} and
 * {@code NETBOX_TOKEN} take precedence, as in the original), {@code verify_ssl}, {@code timeout},
 * {@code page_size}, {@code max_concurrency}, {@code ca_bundle}, {@code proxy}, {@code max_retries},
 * {@code retry_deadline}, {@code cursor_margin}. See {@code docs/adapter-netbox.md}.
 */
public final class NetboxAdapterFactory implements AdapterFactory {

    /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public NetboxAdapterFactory() {
        // stateless
    }

    @Override
    public String id() {
        return "netbox";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.READ, Capability.CHANGES_SINCE, Capability.LIST_IDS);
    }

    @Override
    public String description() {
        return "NetBox REST source (concurrent pages, retries, last_updated__gte increments)";
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        RestSettings config = RestSettings.from(settings, context, RestClient.NETBOX);
        return new NetboxAdapter(config, RestClient.open(config, context), context);
    }
}
