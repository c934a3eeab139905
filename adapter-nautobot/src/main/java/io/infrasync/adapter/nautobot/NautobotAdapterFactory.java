package io.infrasync.adapter.nautobot;

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
 * The {@code nautobot} source adapter: reads Nautobot 2.x REST endpoints ({@code dcim.locations},
 * {@code ipam.ip-addresses}, {@code plugins.<app>.<model>}) with concurrent page requests, retries,
 * and incremental reads through {@code last_updated__gte} (a full read for endpoints that reject it).
 *
 * <p>Settings: {@code url}, {@code token} (environment {@code NAUTOBOT_ADDRESS}/{@code NAUTOBOT_URL} and
 * {@code NAUTOBOT_TOKEN} take precedence, as in the original), {@code verify_ssl}, {@code timeout},
 * {@code page_size}, {@code max_concurrency}, {@code depth}, {@code api_version}, {@code ca_bundle},
 * {@code proxy}, {@code max_retries}, {@code retry_deadline}, {@code cursor_margin}. See
 * {@code docs/adapter-nautobot.md}.
 */
public final class NautobotAdapterFactory implements AdapterFactory {

    /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public NautobotAdapterFactory() {
        // stateless
    }

    @Override
    public String id() {
        return "nautobot";
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
        return "Nautobot REST source (concurrent pages, retries, last_updated__gte increments)";
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        NautobotConfig config = NautobotConfig.from(settings, context);
        return new NautobotAdapter(config, RestClient.open(config, context), context);
    }
}
