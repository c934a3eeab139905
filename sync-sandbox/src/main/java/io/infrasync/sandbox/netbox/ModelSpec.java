package io.infrasync.sandbox.netbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One NetBox model as the REST API shows it.
 *
 * @param endpoint     {@code <app>/<plural>} as in the URL, e.g. {@code dcim/device-types}
 * @param label        Django label {@code <app>.<model>}, e.g. {@code dcim.devicetype}
 * @param verboseName  Django verbose name used in uniqueness messages, e.g. {@code device type}
 * @param displayField the field {@code display} shows (special cases in {@link Renderer})
 * @param lookupField  what FK filters and attribute references match by name ({@code slug} or {@code name})
 * @param fields       the fields after {@code id, url, display_url, display}, in serializer order
 * @param briefFields  the fields of the brief form after {@code id, url, display}, in serializer order
 */
record ModelSpec(String endpoint, String label, String verboseName, String displayField, String lookupField,
        List<FieldSpec> fields, List<String> briefFields) {

    ModelSpec {
        fields = List.copyOf(fields);
        briefFields = List.copyOf(briefFields);
    }

    Optional<FieldSpec> field(String name) {
        for (FieldSpec field : fields) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Fields keyed by name, for validation. */
    Map<String, FieldSpec> fieldMap() {
        Map<String, FieldSpec> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), f));
        return map;
    }

    /** The UI path of an object, as {@code display_url} shows it. */
    String uiPath() {
        return endpoint;
    }
}
