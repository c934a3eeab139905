package io.infrasync.core.engine.run;

import io.infrasync.core.domain.plan.PlanAction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change to write: from a diff element (sync) or a cached plan row (apply).
 *
 * @param action      create, update or delete
 * @param kind        the mapped kind
 * @param uid         the object's unique id
 * @param identifiers the identifier values (creates)
 * @param values      the new values of the changed fields (references as peer unique ids)
 * @param destId      the destination id (updates, deletes), or {@code null}
 */
record Change(PlanAction action, String kind, String uid, Map<String, Object> identifiers, Map<String, Object> values,
        String destId) {

    Change {
        identifiers = Collections.unmodifiableMap(new LinkedHashMap<>(identifiers));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
