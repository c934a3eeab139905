package io.infrasync.core.domain.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The descriptor of one model type, built from data at run time (diffsync's model class metadata):
 * type name, declared fields, identifiers, shortname, attributes, children by type and default flags.
 *
 * <p>Every declared field owns one slot of an object's value array, in declaration order; identifiers
 * and attributes are fields. Maps the engine exposes ({@link ModelObject#identifiers()},
 * {@link ModelObject#attrs()}) list keys in declaration order, while the unique key uses the identifier
 * order, exactly as the original. Instances are immutable and shared by all objects of the type.
 */
public final class ModelType {

    private final String name;
    private final List<String> fields;
    private final Map<String, Integer> slots;
    private final Object[] defaults;
    private final List<String> identifiers;
    private final int[] identifierSlots;
    private final List<String> identifierFieldsInDeclarationOrder;
    private final int[] identifierDeclarationSlots;
    private final List<String> shortname;
    private final int[] shortnameSlots;
    private final List<String> attributes;
    private final int[] attributeSlots;
    private final Map<String, String> children;
    private final List<String> childTypes;
    private final int defaultFlags;

    private ModelType(Builder b) {
        this.name = b.name;
        this.fields = List.copyOf(b.fields.keySet());
        Map<String, Integer> slotMap = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            slotMap.put(fields.get(i), i);
        }
        this.slots = slotMap;
        this.defaults = b.fields.values().toArray();
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = Compact.pack(defaults[i]);
        }
        this.identifiers = List.copyOf(b.identifiers);
        this.identifierSlots = slotsOf(identifiers);
        this.identifierFieldsInDeclarationOrder = inDeclarationOrder(identifiers);
        this.identifierDeclarationSlots = slotsOf(identifierFieldsInDeclarationOrder);
        this.shortname = List.copyOf(b.shortname);
        this.shortnameSlots = slotsOf(shortname);
        this.attributes = inDeclarationOrder(b.attributes);
        this.attributeSlots = slotsOf(attributes);
        this.children = Collections.unmodifiableMap(new LinkedHashMap<>(b.children));
        this.childTypes = List.copyOf(b.children.keySet());
        this.defaultFlags = b.flags;
    }

    /** Starts a descriptor for the given type name (lower-case by convention). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    private List<String> inDeclarationOrder(java.util.Collection<String> names) {
        Set<String> wanted = new java.util.HashSet<>(names);
        List<String> ordered = new ArrayList<>();
        for (String field : fields) {
            if (wanted.contains(field)) {
                ordered.add(field);
            }
        }
        return List.copyOf(ordered);
    }

    private int[] slotsOf(List<String> names) {
        int[] result = new int[names.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = slots.get(names.get(i));
        }
        return result;
    }

    /** The type name: store key, diff group name, and what matches types between two datasets. */
    public String name() {
        return name;
    }

    /** All declared fields in declaration order (identifiers, attributes and other fields). */
    public List<String> fields() {
        return fields;
    }

    /** The identifier fields in identifier order (the order of the unique key). */
    public List<String> identifiers() {
        return identifiers;
    }

    /** The identifier fields in declaration order (the key order of {@link ModelObject#identifiers()}). */
    public List<String> identifiersInDeclarationOrder() {
        return identifierFieldsInDeclarationOrder;
    }

    /** The shortname fields; empty when the shortname is the unique id. */
    public List<String> shortname() {
        return shortname;
    }

    /** The attributes that take part in diffs, in declaration order. */
    public List<String> attributes() {
        return attributes;
    }

    /** Child type name to child field name, in declaration order. */
    public Map<String, String> children() {
        return children;
    }

    /** The default flags of new objects of this type. */
    public Set<ModelFlag> defaultFlags() {
        return ModelFlag.fromMask(defaultFlags);
    }

    /** True if {@code field} is a declared field. */
    public boolean hasField(String field) {
        return slots.containsKey(field);
    }

    /**
     * Builds an object from field values by name. Unknown names are ignored (the original ignores unknown
     * keyword arguments, which is what lets a create carry source attributes the destination lacks);
     * missing fields take their defaults.
     */
    public ModelObject newObject(Map<String, ?> values) {
        Object[] slotValues = defaults.clone();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Integer slot = slots.get(e.getKey());
            if (slot != null) {
                slotValues[slot] = Compact.pack(e.getValue());
            }
        }
        return new ModelObject(this, slotValues, defaultFlags);
    }

    /** Builds an object from identifier values and attribute values (as a sync create does). */
    public ModelObject newObject(Map<String, ?> ids, Map<String, ?> attrs) {
        Map<String, Object> all = new HashMap<>(attrs);
        all.putAll(ids);
        return newObject(all);
    }

    /**
     * The fast path for loaders: one value per declared field, in {@link #fields()} order. The array is
     * copied.
     *
     * @throws IllegalArgumentException if the count differs from the number of fields
     */
    public ModelObject newObjectFromSlots(Object... values) {
        if (values.length != defaults.length) {
            throw new IllegalArgumentException("model type " + name + " has " + defaults.length
                    + " fields " + fields + ", got " + values.length + " values");
        }
        Object[] slotValues = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            slotValues[i] = Compact.pack(values[i]);
        }
        return new ModelObject(this, slotValues, defaultFlags);
    }

    /**
     * The unique key for an identifier map (the original's {@code create_unique_id(**ids)}).
     *
     * @throws IllegalArgumentException if an identifier is missing from {@code ids}
     */
    public ModelKey keyOf(Map<String, ?> ids) {
        if (ids instanceof SlotMap view && view.slots() == view.type().identifierDeclarationSlots()
                && view.type().identifiers().equals(identifiers)) {
            // identifiers of an object of a type with the same key: reuse the stored values as they are
            int[] idSlots = view.type().identifierSlots();
            Object[] stored = view.slotValues();
            Object[] parts = new Object[idSlots.length];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = stored[idSlots[i]];
            }
            return ModelKey.wrap(parts);
        }
        Object[] parts = new Object[identifiers.size()];
        for (int i = 0; i < parts.length; i++) {
            String id = identifiers.get(i);
            if (!ids.containsKey(id)) {
                throw new IllegalArgumentException("model type " + name + ": identifier '" + id
                        + "' missing from " + ids.keySet());
            }
            parts[i] = Compact.pack(ids.get(id));
        }
        return ModelKey.wrap(parts);
    }

    int slotOf(String field) {
        Integer slot = slots.get(field);
        return slot == null ? -1 : slot;
    }

    int[] identifierSlots() {
        return identifierSlots;
    }

    int[] identifierDeclarationSlots() {
        return identifierDeclarationSlots;
    }

    int[] shortnameSlots() {
        return shortnameSlots;
    }

    int[] attributeSlots() {
        return attributeSlots;
    }

    int childIndex(String childType) {
        return childTypes.indexOf(childType);
    }

    List<String> childTypes() {
        return childTypes;
    }

    @Override
    public String toString() {
        return "ModelType[" + name + " ids=" + identifiers + " attrs=" + attributes + " children=" + children + "]";
    }

    /** Collects a descriptor; {@link #build()} validates it like the original's class-definition checks. */
    public static final class Builder {
        private final String name;
        private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        private final List<String> identifiers = new ArrayList<>();
        private final List<String> shortname = new ArrayList<>();
        private final List<String> attributes = new ArrayList<>();
        private final LinkedHashMap<String, String> children = new LinkedHashMap<>();
        private int flags;

        private Builder(String name) {
            this.name = requireNonNull(name, "model type name is null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("model type name is blank");
            }
        }

        /** Declares a field with a null default (declaration order is call order). */
        public Builder field(String field) {
            return field(field, null);
        }

        /** Declares a field with a default value. */
        public Builder field(String field, Object defaultValue) {
            requireNonNull(field, "field name is null");
            fields.put(field, defaultValue);
            return this;
        }

        /** Sets the identifier fields in key order; undeclared ones are declared here with a null default. */
        public Builder identifiers(String... names) {
            identifiers.clear();
            identifiers.addAll(Arrays.asList(names));
            for (String id : names) {
                fields.putIfAbsent(id, null);
            }
            return this;
        }

        /** Sets the shortname fields, which must be declared fields. */
        public Builder shortname(String... names) {
            shortname.clear();
            shortname.addAll(Arrays.asList(names));
            return this;
        }

        /** Sets the attributes; undeclared ones are declared here with a null default. */
        public Builder attributes(String... names) {
            attributes.clear();
            attributes.addAll(Arrays.asList(names));
            for (String attr : names) {
                fields.putIfAbsent(attr, null);
            }
            return this;
        }

        /** Adds a child type and the field name that holds the child keys. */
        public Builder child(String childType, String field) {
            children.put(requireNonNull(childType, "child type is null"), requireNonNull(field, "child field is null"));
            return this;
        }

        /** Sets the default model flags of new objects. */
        public Builder flags(ModelFlag... modelFlags) {
            flags = ModelFlag.mask(Arrays.asList(modelFlags));
            return this;
        }

        /**
         * Validates and builds the descriptor.
         *
         * @throws IllegalArgumentException naming the type and the offending field
         */
        public ModelType build() {
            for (String s : shortname) {
                if (!fields.containsKey(s)) {
                    throw new IllegalArgumentException("model type " + name + ": shortname " + shortname
                            + " references missing field " + s);
                }
            }
            if (new LinkedHashSet<>(identifiers).size() != identifiers.size()) {
                throw new IllegalArgumentException("model type " + name + ": duplicate identifier in " + identifiers);
            }
            Set<String> childFields = new LinkedHashSet<>(children.values());
            if (childFields.size() != children.size()) {
                throw new IllegalArgumentException("model type " + name + ": two child types share a field in " + children);
            }
            overlap("identifiers", identifiers, "attributes", attributes);
            overlap("identifiers", identifiers, "children", childFields);
            overlap("attributes", attributes, "children", childFields);
            return new ModelType(this);
        }

        private void overlap(String leftName, java.util.Collection<String> left, String rightName,
                java.util.Collection<String> right) {
            Set<String> both = new TreeSet<>(left);
            both.retainAll(right);
            if (!both.isEmpty()) {
                throw new IllegalArgumentException("model type " + name + ": fields " + both
                        + " are included in both " + leftName + " and " + rightName);
            }
        }
    }
}
