/**
 * The diff and sync algorithms behind {@link io.infrasync.core.port.in.DiffSync}: package-private,
 * created through {@link io.infrasync.core.engine.DiffSyncFactory}.
 */
package io.infrasync.core.engine;
