package io.infrasync.cli.testing;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.SpiVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A read-only source over a {@link MemoryWorld}'s source records, two records per page. */
public final class MemorySourceFactory implements AdapterFactory {

    @Override
    public String id() {
        return "memory-source";
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
        return new Source(MemoryWorld.get(settings.requireString("world")));
    }

    /** The adapter. */
    static final class Source implements Adapter {
        private final MemoryWorld world;

        Source(MemoryWorld world) {
            this.world = world;
        }

        @Override
        public PageStream<AdapterRecord> read(ReadRequest request) {
            if (world.sourceFailure != null) {
                throw world.sourceFailure;
            }
            List<AdapterRecord> records = world.source.get(request.resource());
            if (records == null) {
                throw new AdapterException(ErrorKind.NOT_FOUND, "no endpoint " + request.resource());
            }
            return PageStream.of(records, 2);
        }
    }
}
