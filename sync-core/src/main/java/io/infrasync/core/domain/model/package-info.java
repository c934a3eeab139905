/**
 * Models built from data at run time: {@link io.infrasync.core.domain.model.ModelType} descriptors,
 * {@link io.infrasync.core.domain.model.ModelObject} instances with compact slot storage, collision-free
 * {@link io.infrasync.core.domain.model.ModelKey}s, and the per-side store
 * {@link io.infrasync.core.domain.model.Dataset} (diffsync's Adapter with its LocalStore).
 */
package io.infrasync.core.domain.model;
