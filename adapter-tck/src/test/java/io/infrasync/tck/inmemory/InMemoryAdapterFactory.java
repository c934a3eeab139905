package io.infrasync.tck.inmemory;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.SpiVersion;
import java.util.EnumSet;
import java.util.Set;

/** An in-memory adapter with every capability but branches: the TCK's reference implementation. */
public final class InMemoryAdapterFactory implements AdapterFactory {

    @Override
    public String id() {
        return "in-memory";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.complementOf(EnumSet.of(Capability.BRANCHES));
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        return new InMemoryAdapter(store(settings), capabilities(), context);
    }

    static InMemoryStore store(AdapterSettings settings) {
        String name = settings.requireString("store");
        InMemoryStore store = InMemoryStore.STORES.get(name);
        if (store == null) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting 'store': no store named '" + name + "'");
        }
        return store;
    }
}
