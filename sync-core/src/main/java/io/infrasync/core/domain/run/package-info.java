/**
 * Values of the run cache: run ids and records, snapshot tables in a neutral typed form, error rows,
 * cursors, row-count baselines and the schema sub-hash.
 *
 * <p>Everything here is pure (no I/O): the engine produces these values, a {@code RunCache} port
 * (in {@code io.infrasync.core.port.out}) persists them, and later runs read them back.
 */
package io.infrasync.core.domain.run;
