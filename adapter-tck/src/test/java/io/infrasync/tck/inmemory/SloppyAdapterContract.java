package io.infrasync.tck.inmemory;

import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;

/** Runs the contract against the sloppy adapter; launched only by TckCatchesViolationsTest, never by surefire. */
public class SloppyAdapterContract extends AdapterContract {

    private final InMemoryFixture endpoint = new InMemoryFixture();

    @Override
    protected AdapterFactory createFactory() {
        return new SloppyAdapterFactory();
    }

    @Override
    protected AdapterSettings startEndpoint() {
        return endpoint.start();
    }

    @Override
    protected void stopEndpoint() {
        endpoint.stop();
    }

    @Override
    protected TckFixture fixture() {
        return InMemoryFixture.fixture();
    }
}
