package io.infrasync.core.domain.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One side of a diff or sync: diffsync's {@code Adapter} with its {@code LocalStore}. It holds the
 * registered model types, the ordered top-level type names, the CRUD hooks per type, and the store
 * of objects (per type, in insertion order, hash-indexed by key).
 *
 * <p>Objects are looked up by {@link ModelKey} (collision-free) or by an identifier map. Iteration is
 * always insertion order. Not thread-safe: load a dataset from one thread (or synchronise externally).
 */
public final class Dataset {

    private final String name;
    private final Map<String, ModelType> types;
    private final List<String> topLevel;
    private final Map<String, ModelCrud> crud;
    private final Map<String, TypeIndex> store = new LinkedHashMap<>();

    private Dataset(Builder b) {
        this.name = b.name;
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(b.types));
        this.topLevel = List.copyOf(b.topLevel);
        this.crud = Map.copyOf(b.crud);
    }

    /** Starts a dataset with the given name (shown in diffs as the source or destination name). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The dataset's name. */
    public String name() {
        return name;
    }

    /** The top-level type names in order: the roots the diff walks. */
    public List<String> topLevel() {
        return topLevel;
    }

    /** The registered model types by name. */
    public Map<String, ModelType> types() {
        return types;
    }

    /** The registered type of this name, or null. */
    public ModelType type(String typeName) {
        return types.get(typeName);
    }

    /** The CRUD hooks for a type ({@link ModelCrud#DEFAULT} unless registered). */
    public ModelCrud crud(String typeName) {
        return crud.getOrDefault(typeName, ModelCrud.DEFAULT);
    }

    // ---- store ----

    /**
     * Adds an object. Adding the very same instance again does nothing.
     *
     * @throws ObjectAlreadyExistsException if a different object with the same key is stored; it carries
     *                                      the object being added
     */
    public void add(ModelObject object) {
        TypeIndex index = bucket(object.typeName(), true);
        ModelObject existing = index.findSameKey(object);
        if (existing == object) {
            return;
        }
        if (existing != null) {
            throw new ObjectAlreadyExistsException("Object " + object.uid() + " already present", object);
        }
        index.insert(object);
    }

    /**
     * The object of that type and key.
     *
     * @throws ObjectNotFoundException naming type, uid and dataset
     */
    public ModelObject get(String typeName, ModelKey key) {
        ModelObject found = getOrNull(typeName, key);
        if (found == null) {
            throw notPresent(typeName, key);
        }
        return found;
    }

    /**
     * The object of a registered type with these identifier values.
     *
     * @throws IllegalArgumentException if the type is not registered in this dataset
     * @throws ObjectNotFoundException  if it is not stored
     */
    public ModelObject get(String typeName, Map<String, ?> ids) {
        return get(typeName, registered(typeName).keyOf(ids));
    }

    /** The object of that type and key, or null. */
    public ModelObject getOrNull(String typeName, ModelKey key) {
        TypeIndex index = bucket(typeName, false);
        return index == null ? null : index.find(key);
    }

    /** The stored object with the same type name and key tuple as {@code probe} (of any descriptor), or null. */
    public ModelObject findMatching(ModelObject probe) {
        TypeIndex index = bucket(probe.typeName(), false);
        return index == null ? null : index.findSameKey(probe);
    }

    /**
     * Pairs this dataset's objects of a type with {@code other}'s by key, in O(n): first
     * {@code (mine, theirs or null)} for each of this dataset's objects in insertion order, then
     * {@code (null, theirs)} for each of {@code other}'s objects without a match, in its insertion order.
     * The visitor must not add or remove objects of this type in either dataset.
     */
    public void pairByKey(String typeName, Dataset other, BiConsumer<ModelObject, ModelObject> visitor) {
        TypeIndex mine = bucket(typeName, false);
        TypeIndex theirs = other.bucket(typeName, false);
        if (theirs == null) {
            for (ModelObject object : mine == null ? List.<ModelObject>of() : mine.all()) {
                visitor.accept(object, null);
            }
            return;
        }
        theirs.pairWith(mine, visitor);
    }

    /** All objects of a type in insertion order (a copy; empty if none). */
    public List<ModelObject> getAll(String typeName) {
        TypeIndex index = bucket(typeName, false);
        return index == null ? List.of() : index.all();
    }

    /**
     * The objects with these keys, in the order of {@code keys}.
     *
     * @throws ObjectNotFoundException at the first missing key
     */
    public List<ModelObject> getByUids(String typeName, List<ModelKey> keys) {
        List<ModelObject> result = new ArrayList<>(keys.size());
        TypeIndex index = bucket(typeName, false);
        for (ModelKey key : keys) {
            ModelObject found = index == null ? null : index.find(key);
            if (found == null) {
                throw notPresent(typeName, key);
            }
            result.add(found);
        }
        return result;
    }

    /** Puts the object in place of the one stored under its key (keeping its position), or adds it. Never throws. */
    public void update(ModelObject object) {
        TypeIndex index = bucket(object.typeName(), true);
        if (!index.replace(object)) {
            index.insert(object);
        }
    }

    /** Returns the stored object with {@code object}'s key, or adds {@code object}. */
    public ObjectAndCreated getOrAdd(ModelObject object) {
        ModelObject existing = findMatching(object);
        if (existing != null) {
            return new ObjectAndCreated(existing, false);
        }
        add(object);
        return new ObjectAndCreated(object, true);
    }

    /**
     * Copies {@code object}'s attributes onto the stored object with the same key, or adds {@code object}
     * (the original's {@code update_or_add_model_instance}).
     */
    public ObjectAndCreated updateOrAdd(ModelObject object) {
        ModelObject existing = findMatching(object);
        if (existing != null) {
            existing.update(object.attrs());
            return new ObjectAndCreated(existing, false);
        }
        add(object);
        return new ObjectAndCreated(object, true);
    }

    /** Returns the stored object with these ids, or builds one from ids and attrs and adds it. */
    public ObjectAndCreated getOrInstantiate(ModelType type, Map<String, ?> ids, Map<String, ?> attrs) {
        ModelObject existing = getOrNull(type.name(), type.keyOf(ids));
        if (existing != null) {
            return new ObjectAndCreated(existing, false);
        }
        ModelObject created = type.newObject(ids, attrs == null ? Map.of() : attrs);
        add(created);
        return new ObjectAndCreated(created, true);
    }

    /** Gets or builds-and-adds the object with these ids, then sets the attrs on it. */
    public ObjectAndCreated updateOrInstantiate(ModelType type, Map<String, ?> ids, Map<String, ?> attrs) {
        ObjectAndCreated result = getOrInstantiate(type, ids, attrs);
        if (!result.created()) {
            result.object().update(attrs);
        }
        return result;
    }

    /**
     * Removes the object stored under {@code object}'s key; with {@code removeChildren}, also its
     * descendants (children already missing from the store are skipped, as in the original).
     *
     * @throws ObjectNotFoundException if nothing is stored under that key
     */
    public void remove(ModelObject object, boolean removeChildren) {
        TypeIndex index = bucket(object.typeName(), false);
        ModelObject removed = index == null ? null : index.remove(object);
        if (removed == null) {
            throw notPresent(object.typeName(), object.key());
        }
        if (removeChildren) {
            for (String childType : object.type().children().keySet()) {
                for (ModelKey childKey : List.copyOf(object.children(childType))) {
                    ModelObject child = getOrNull(childType, childKey);
                    if (child != null) {
                        remove(child, true);
                    }
                }
            }
        }
    }

    /** The number of objects over all types. */
    public int count() {
        int total = 0;
        for (TypeIndex index : store.values()) {
            total += index.size();
        }
        return total;
    }

    /** The number of objects of one type. */
    public int count(String typeName) {
        TypeIndex index = bucket(typeName, false);
        return index == null ? 0 : index.size();
    }

    /** The type names that have (or had) objects in the store, in first-use order. */
    public Set<String> storedTypeNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(store.keySet()));
    }

    private TypeIndex bucket(String typeName, boolean create) {
        TypeIndex index = store.get(typeName);
        if (index == null && create) {
            index = new TypeIndex();
            store.put(typeName, index);
        }
        return index;
    }

    private ModelType registered(String typeName) {
        ModelType type = types.get(typeName);
        if (type == null) {
            throw new IllegalArgumentException("dataset " + name + " has no model type '" + typeName
                    + "'; registered: " + types.keySet());
        }
        return type;
    }

    private ObjectNotFoundException notPresent(String typeName, ModelKey key) {
        return new ObjectNotFoundException(typeName + " " + key.render() + " not present in " + name);
    }

    /**
     * The original's {@code model.str(include_children, indent)}: the object's line and, with
     * {@code includeChildren}, its children looked up in this dataset (a missing child prints
     * {@code <uid> (ERROR: details unavailable)}).
     */
    public String str(ModelObject object, boolean includeChildren, int indent) {
        return object.render(this, includeChildren, indent);
    }

    /**
     * The original's {@code adapter.str(indent)}: per top-level type a line with its name ({@code : []}
     * when empty), then each object with its children, indented by 2.
     */
    public String str(int indent) {
        String margin = " ".repeat(indent);
        List<String> parts = new ArrayList<>();
        for (String top : topLevel) {
            List<ModelObject> objects = getAll(top);
            if (objects.isEmpty()) {
                parts.add(margin + top + ": []");
                continue;
            }
            parts.add(margin + top);
            for (ModelObject object : objects) {
                parts.add(object.render(this, true, indent + 2));
            }
        }
        return String.join("\n", parts);
    }

    /** The original's {@code str(adapter)}: the name. */
    @Override
    public String toString() {
        return name;
    }

    /** Collects types, top level and hooks; {@link #build()} validates the top level. */
    public static final class Builder {
        private final String name;
        private final LinkedHashMap<String, ModelType> types = new LinkedHashMap<>();
        private final List<String> topLevel = new ArrayList<>();
        private final Map<String, ModelCrud> crud = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = requireNonNull(name, "dataset name is null");
        }

        /** Registers a model type with the default hooks. */
        public Builder type(ModelType type) {
            types.put(type.name(), type);
            return this;
        }

        /** Registers a model type with its CRUD hooks. */
        public Builder type(ModelType type, ModelCrud hooks) {
            types.put(type.name(), type);
            crud.put(type.name(), requireNonNull(hooks, "hooks are null"));
            return this;
        }

        /** Sets the top-level type names, in diff order. */
        public Builder topLevel(String... typeNames) {
            topLevel.clear();
            topLevel.addAll(List.of(typeNames));
            return this;
        }

        /** Sets the top-level type names, in diff order. */
        public Builder topLevel(List<String> typeNames) {
            topLevel.clear();
            topLevel.addAll(typeNames);
            return this;
        }

        /**
         * Builds the dataset.
         *
         * @throws IllegalArgumentException if a top-level name is not a registered type
         */
        public Dataset build() {
            for (String top : topLevel) {
                if (!types.containsKey(top)) {
                    throw new IllegalArgumentException("dataset " + name + ": top_level references \"" + top
                            + "\" but it is not a registered model type " + types.keySet());
                }
            }
            return new Dataset(this);
        }
    }
}
