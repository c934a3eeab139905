package io.infrasync.tck;

import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.model.HttpSettings;
import io.infrasync.spi.model.SpiVersion;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** The author's context with a cancellation switch the contract controls. */
final class CancellableContext implements AdapterContext {

    private final AdapterContext delegate;
    private final AtomicBoolean cancelled;

    CancellableContext(AdapterContext delegate, AtomicBoolean cancelled) {
        this.delegate = delegate;
        this.cancelled = cancelled;
    }

    @Override
    public System.Logger logger() {
        return delegate.logger();
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get() || delegate.isCancelled();
    }

    @Override
    public HttpSettings http() {
        return delegate.http();
    }

    @Override
    public ProxySelector proxySelector() {
        return delegate.proxySelector();
    }

    @Override
    public Optional<String> environment(String name) {
        return delegate.environment(name);
    }

    @Override
    public Path baseDirectory() {
        return delegate.baseDirectory();
    }

    @Override
    public SpiVersion hostSpiVersion() {
        return delegate.hostSpiVersion();
    }
}
