/**
 * The mapping engine: turns source records (JSON-like trees) into destination objects as
 * {@code schema_mapping} describes, without generated code.
 *
 * <p>Entry points: {@link io.infrasync.core.mapping.MappingPlan#build} validates a
 * {@link io.infrasync.core.domain.config.SyncConfig} against a {@link io.infrasync.core.mapping.SchemaView}
 * (kinds, fields, identifiers, references, write order) and compiles filters and transforms once;
 * {@link io.infrasync.core.mapping.MappingPlan#newSession} maps one side's records, resolves references
 * through an index keyed by the peer's origin endpoint and local id, and reports problems per object.
 */
package io.infrasync.core.mapping;
