/**
 * The adapter contract of infrahub-sync for the JVM.
 *
 * <p>Third parties implement this package to connect a system of record (NetBox, Nautobot,
 * Infrahub, or their own) to the sync engine. The package depends on the JDK only, so an adapter
 * jar never drags a library version into the host, and the host can load it in an isolated class
 * loader.
 */
package io.infrasync.spi;
