/**
 * The run cache on the local disk: Parquet snapshots, plans and errors plus JSON sidecars, laid out exactly as
 * infrahub-sync 2.x does ({@code .infrahub-sync-cache/<sync-name>/<run_id>/...}), implementing the core's
 * {@code RunCache} port.
 *
 * <p>Entry points: {@link io.infrasync.cache.CacheRoot} finds the cache root, {@link io.infrasync.cache.ParquetRunCache}
 * is the port implementation. Everything else is package-private.
 */
package io.infrasync.cache;
