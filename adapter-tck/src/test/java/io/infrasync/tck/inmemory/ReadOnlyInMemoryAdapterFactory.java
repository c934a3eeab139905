package io.infrasync.tck.inmemory;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.SpiVersion;
import java.util.EnumSet;
import java.util.Set;

/** The in-memory adapter restricted to reading: exercises the TCK's undeclared-capability checks. */
public final class ReadOnlyInMemoryAdapterFactory implements AdapterFactory {

    @Override
    public String id() {
        return "in-memory-readonly";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.READ);
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        return new InMemoryAdapter(InMemoryAdapterFactory.store(settings), capabilities(), context);
    }
}
