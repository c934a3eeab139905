package io.infrasync.sandbox.infrahub;

import java.time.Instant;

/**
 * The stored state of one attribute: its value and the lineage/flags Infrahub keeps next to it.
 *
 * @param value       String, Long, Boolean or a JSON-like Java value; null when unset
 * @param source      id of the lineage source node, or null
 * @param owner       id of the lineage owner node, or null
 * @param isProtected Infrahub's {@code is_protected} flag
 * @param isDefault   true while the value is the schema default
 * @param updatedAt   when the value last changed
 */
record AttributeValue(Object value, String source, String owner, boolean isProtected, boolean isDefault,
        Instant updatedAt) {
}
