package io.infrasync.tck.inmemory;

import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;

/** The reference adapter with every capability passes the contract. */
class InMemoryAdapterContractTest extends AdapterContract {

    private final InMemoryFixture endpoint = new InMemoryFixture();

    @Override
    protected AdapterFactory createFactory() {
        return new InMemoryAdapterFactory();
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
