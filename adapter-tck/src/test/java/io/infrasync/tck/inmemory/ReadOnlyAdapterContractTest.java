package io.infrasync.tck.inmemory;

import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;

/** A read-only adapter passes too: every undeclared capability fails canonically. */
class ReadOnlyAdapterContractTest extends AdapterContract {

    private final InMemoryFixture endpoint = new InMemoryFixture();

    @Override
    protected AdapterFactory createFactory() {
        return new ReadOnlyInMemoryAdapterFactory();
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
