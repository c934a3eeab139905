/**
 * The adapter contract of infrahub-sync for the JVM.
 *
 * <p>Third parties implement this package to connect a system of record (NetBox, Nautobot,
 * Infrahub, or their own) to the sync engine. An adapter jar registers an
 * {@link io.infrasync.spi.AdapterFactory} in {@code META-INF/services/io.infrasync.spi.AdapterFactory};
 * the host finds it with {@link java.util.ServiceLoader}, checks its SPI version and capabilities,
 * and {@linkplain io.infrasync.spi.AdapterFactory#open opens} an {@link io.infrasync.spi.Adapter}
 * with the user's settings and an {@link io.infrasync.spi.AdapterContext}.
 *
 * <p>The package depends on the JDK only, so an adapter jar never drags a library version into the
 * host, and the host loads plugin jars in a class loader that shares only {@code io.infrasync.spi..}.
 * Values exchanged with the host live in {@link io.infrasync.spi.model}.
 */
@Stable(since = "1.0")
package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
