/**
 * Outbound ports: what the core needs from the outside world, in domain terms.
 *
 * <p>The run cache ports ({@code RunCache*}) persist a run's snapshots, plan, errors and sidecars; the
 * {@code sync-cache} module implements them with Parquet and JSON files.
 */
package io.infrasync.core.port.out;
