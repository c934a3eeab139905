/**
 * The composition root's adapter wiring: finding adapter factories (built-in ones with
 * {@link java.util.ServiceLoader} on the class path, plugin jars from {@code --adapter-path},
 * {@code adapters_path} and {@code INFRAHUB_SYNC_ADAPTER_PATHS} in isolated class loaders), checking
 * the SPI handshake, and opening adapters behind a guard that enforces declared capabilities.
 */
package io.infrasync.cli.wiring;
