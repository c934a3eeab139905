package io.infrasync.cache;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/** The fixed Parquet schemas of {@code plan.parquet} and {@code errors.parquet} (those of infrahub-sync 2.x). */
final class CacheSchemas {

    /** The ten columns of {@code plan.parquet}, in order (seed 000). */
    static final List<String> PLAN_COLUMNS = List.of("action", "resource", "source_id", "dest_id", "attribute",
            "old_value", "new_value", "owner", "skip_reason", "conflict_class");

    /** The nine columns of {@code errors.parquet}, in order. */
    static final List<String> ERROR_COLUMNS = List.of("error_class", "resource", "source_id", "dest_id", "attribute",
            "message", "hint", "retry_count", "terminal");

    static final MessageType PLAN = Types.buildMessage()
            .required(BINARY).as(stringType()).named("action")
            .required(BINARY).as(stringType()).named("resource")
            .required(BINARY).as(stringType()).named("source_id")
            .optional(BINARY).as(stringType()).named("dest_id")
            .optional(BINARY).as(stringType()).named("attribute")
            .optional(BINARY).as(stringType()).named("old_value")
            .optional(BINARY).as(stringType()).named("new_value")
            .optional(BINARY).as(stringType()).named("owner")
            .optional(BINARY).as(stringType()).named("skip_reason")
            .optional(BINARY).as(stringType()).named("conflict_class")
            .named("schema");

    static final MessageType ERRORS = Types.buildMessage()
            .required(BINARY).as(stringType()).named("error_class")
            .required(BINARY).as(stringType()).named("resource")
            .optional(BINARY).as(stringType()).named("source_id")
            .optional(BINARY).as(stringType()).named("dest_id")
            .optional(BINARY).as(stringType()).named("attribute")
            .required(BINARY).as(stringType()).named("message")
            .optional(BINARY).as(stringType()).named("hint")
            .required(INT64).named("retry_count")
            .required(BOOLEAN).named("terminal")
            .named("schema");

    private CacheSchemas() {
    }
}
