package io.infrasync.core.engine.run;

import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.spi.model.ReadRequest;

/**
 * The read request for one source resource: the whole resource, with the field hint of
 * {@link MappingPlan#requiredFields} when the mapping's needs are known, so that an adapter whose
 * system can return fewer fields (NetBox's {@code ?fields=}) transfers only what the mapping reads.
 * Use it for every source read of a run (full reads and reads of changes), never for the destination,
 * whose records are compared field by field.
 */
final class SourceReadRequest {

    private SourceReadRequest() {
    }

    static ReadRequest of(MappingPlan plan, String resource) {
        ReadRequest request = ReadRequest.of(resource);
        return plan.requiredFields(resource).map(request::withFields).orElse(request);
    }
}
