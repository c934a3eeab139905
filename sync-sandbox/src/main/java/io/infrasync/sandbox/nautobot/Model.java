package io.infrasync.sandbox.nautobot;

import java.util.List;
import java.util.Optional;

/**
 * One Nautobot 2.x model.
 *
 * @param endpoint    {@code <app>/<plural>}
 * @param objectType  {@code <app>.<model>}, as {@code object_type} shows it
 * @param verboseName for 404 texts ({@code No Device matches the given query.})
 * @param display     the field {@code display} shows ({@code vid} combines for VLANs)
 * @param naturalKey  the natural key fields (empty: the model has none, the UUID is used)
 * @param fields      the model fields between {@code natural_slug} and {@code created}, in serializer order
 */
record Model(String endpoint, String objectType, String verboseName, String display, List<String> naturalKey,
        List<Field> fields) {

    Model {
        naturalKey = List.copyOf(naturalKey);
        fields = List.copyOf(fields);
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
