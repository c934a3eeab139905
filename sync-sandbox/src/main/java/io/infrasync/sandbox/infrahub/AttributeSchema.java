package io.infrasync.sandbox.infrahub;

import java.util.List;
import java.util.Map;

/**
 * One attribute of a node or generic, with the defaults Infrahub fills in when a schema file omits them.
 *
 * @param choices dropdown choices as {@code {name, label, description, color}} maps (empty when none)
 * @param enumValues allowed values for an {@code enum} attribute (empty when none)
 * @param inherited true when the attribute comes from a generic
 */
record AttributeSchema(
        String name,
        String kind,
        String label,
        String description,
        boolean optional,
        boolean unique,
        boolean readOnly,
        Object defaultValue,
        List<Object> enumValues,
        List<Map<String, Object>> choices,
        String regex,
        Integer minLength,
        Integer maxLength,
        int orderWeight,
        boolean inherited,
        String allowOverride) {

    AttributeSchema asInherited() {
        return new AttributeSchema(name, kind, label, description, optional, unique, readOnly, defaultValue, enumValues,
                choices, regex, minLength, maxLength, orderWeight, true, allowOverride);
    }

    /** Required on create: not optional and no default to fall back on. */
    boolean requiredOnCreate() {
        return !optional && defaultValue == null && !readOnly;
    }
}
