package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code schema_mapping}: how records of one source endpoint become objects of one destination
 * kind. Several entries may share a kind (NetBox regions, sites and locations all become
 * {@code LocationGeneric}); {@code mapping} tells them apart.
 *
 * @param name        the destination kind
 * @param mapping     the source endpoint path ({@code dcim.sites}, {@code plugins.x.y}, a REST path ...)
 * @param identifiers the identifier field names, empty when absent (then the schema's unique attributes apply)
 * @param fields      field mappings in file order
 * @param filters     source-side filters, all of which must hold
 * @param transforms  source-side transforms, applied in order after the filters
 * @param index       position in {@code schema_mapping}, for messages ({@code schema_mapping[3]})
 */
public record SchemaMappingEntry(
        String name,
        String mapping,
        Optional<List<String>> identifiers,
        List<FieldMapping> fields,
        List<FilterSpec> filters,
        List<TransformSpec> transforms,
        int index) {

    public SchemaMappingEntry {
        requireNonNull(name, "name is null");
        requireNonNull(mapping, "mapping is null");
        identifiers = identifiers.map(List::copyOf);
        fields = List.copyOf(fields);
        filters = List.copyOf(filters);
        transforms = List.copyOf(transforms);
    }

    /** The key path of this entry, {@code schema_mapping[index]}. */
    public String path() {
        return "schema_mapping[" + index + "]";
    }

    /** The field called {@code fieldName}, if mapped (the last one wins when a name repeats, as in the original). */
    public Optional<FieldMapping> field(String fieldName) {
        FieldMapping found = null;
        for (FieldMapping field : fields) {
            if (field.name().equals(fieldName)) {
                found = field;
            }
        }
        return Optional.ofNullable(found);
    }
}
