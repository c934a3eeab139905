package io.infrasync.tck.archfixture.good;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.SpiVersion;
import java.util.Set;

/** Follows every rule: takes time and environment from the context; only the factory is public. */
public final class GoodFactory implements AdapterFactory {

    @Override
    public String id() {
        return "good";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        return new GoodAdapter(context.clock().instant(), context.environment("TOKEN").orElse(""));
    }
}
