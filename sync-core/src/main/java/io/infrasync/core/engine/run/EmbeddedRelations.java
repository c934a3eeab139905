package io.infrasync.core.engine.run;

import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterSpec;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.config.TransformSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one thing a warm read cannot see: a record embeds a summary of each related object (NetBox's nested
 * {@code {"id": 5, "name": "ams1", ...}}), and renaming the related object changes that summary without touching
 * the record's own change timestamp. A {@code reference} field is immune (it is resolved by the peer's id), but a
 * plain mapping, filter or transform that reads such an embedded object would see stale values on a warm run.
 * This class finds, per resource, the top-level record keys that the mapping reads other than by reference, so
 * that the warm read can check whether any of them holds a related object and fall back to a full read if so.
 */
final class EmbeddedRelations {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EmbeddedRelations() {
    }

    /** resource → the top-level keys its mapping reads through plain paths, filters and transforms. */
    static Map<String, Set<String>> readKeys(SyncConfig config) {
        Map<String, Set<String>> keys = new java.util.LinkedHashMap<>();
        for (SchemaMappingEntry entry : config.schemaMapping()) {
            Set<String> names = keys.computeIfAbsent(entry.mapping(), key -> new LinkedHashSet<>());
            for (FieldMapping field : entry.fields()) {
                if (field.source() instanceof FieldSource.Path path) {
                    names.add(head(path.path()));
                }
            }
            for (FilterSpec filter : entry.filters()) {
                names.add(head(filter.field()));
            }
            for (TransformSpec transform : entry.transforms()) {
                // Any name in the expression may be a record key: conservative, a false match costs a full read.
                Matcher matcher = IDENTIFIER.matcher(transform.expression());
                while (matcher.find()) {
                    names.add(matcher.group());
                }
            }
        }
        return keys;
    }

    private static String head(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /**
     * Whether {@code key} names a counter of related objects ({@code device_count} in NetBox and Nautobot): it
     * changes when other records are added or removed, without the record's own change stamp moving.
     */
    static boolean isCounter(String key) {
        return key.endsWith("_count");
    }

    /** Whether {@code value} is a related object (or a list of them): a map carrying an {@code id}. */
    static boolean isRelation(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.containsKey("id");
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (element != null) {
                    return element instanceof Map<?, ?> map && map.containsKey("id");
                }
            }
        }
        return false;
    }
}
