package io.infrasync.core.domain.model;

import io.infrasync.core.domain.value.PythonText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One model instance: its {@link ModelType}, one value per declared field in a compact slot array,
 * the keys of its children by child type, model flags and sync status.
 *
 * <p>Memory: no map per object. The value array is copy-on-write (see {@link #update}), so maps returned
 * by {@link #attrs()} are snapshots. Objects are created by {@link ModelType#newObject}.
 */
public final class ModelObject {

    private final ModelType type;
    private Object[] values;
    private final int keyHash;
    // One List<ModelKey> per child type, allocated on first add (most objects have no children).
    private Object[] childLists;
    private int flags;
    private ModelStatus status = ModelStatus.INITIAL;

    ModelObject(ModelType type, Object[] values, int flags) {
        this.type = type;
        this.values = values;
        this.flags = flags;
        this.keyHash = keyHash(values, type.identifierSlots());
    }

    private static int keyHash(Object[] values, int[] idSlots) {
        int h = 1;
        for (int slot : idSlots) {
            h = 31 * h + Compact.hash(values[slot]);
        }
        return h;
    }

    /** The descriptor of this object. */
    public ModelType type() {
        return type;
    }

    /** The type name. */
    public String typeName() {
        return type.name();
    }

    /**
     * The value of a declared field.
     *
     * @throws IllegalArgumentException if the type does not declare the field
     */
    public Object get(String field) {
        int slot = type.slotOf(field);
        if (slot < 0) {
            throw new IllegalArgumentException("model type " + type.name() + " has no field '" + field + "'");
        }
        return Compact.unpack(values[slot]);
    }

    /** Identifier name to value, in declaration order (the original's {@code get_identifiers()}). */
    public Map<String, Object> identifiers() {
        return new SlotMap(type, values, type.identifierDeclarationSlots());
    }

    /** Attribute name to value in declaration order: an immutable snapshot (the original's {@code get_attrs()}). */
    public Map<String, Object> attrs() {
        return new SlotMap(type, values, type.attributeSlots());
    }

    /** The collision-free unique key (identifier values in identifier order). */
    public ModelKey key() {
        int[] idSlots = type.identifierSlots();
        Object[] parts = new Object[idSlots.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = values[idSlots[i]];
        }
        return ModelKey.wrap(parts);
    }

    /** The original's unique id: identifier values joined with {@code "__"}. */
    public String uid() {
        int[] idSlots = type.identifierSlots();
        if (idSlots.length == 1) {
            Object only = Compact.unpack(values[idSlots[0]]);
            return only instanceof String s ? s : PythonText.str(only);
        }
        return join(idSlots);
    }

    /** The shortname (unique among siblings); the unique id when the type declares none. */
    public String shortname() {
        int[] slots = type.shortnameSlots();
        return slots.length == 0 ? uid() : join(slots);
    }

    private String join(int[] slots) {
        StringJoiner joiner = new StringJoiner("__");
        for (int slot : slots) {
            joiner.add(PythonText.str(Compact.unpack(values[slot])));
        }
        return joiner.toString();
    }

    /**
     * True if the key is a single text value, so that {@link #uid()} alone identifies the object within
     * its type without collisions (for any other key, compare {@link #key()}s).
     */
    public boolean isKeyedByText() {
        int[] idSlots = type.identifierSlots();
        return idSlots.length == 1 && (values[idSlots[0]] instanceof byte[] || values[idSlots[0]] instanceof String);
    }

    int keyHash() {
        return keyHash;
    }

    boolean hasKey(ModelKey key) {
        if (key.hashCode() != keyHash) {
            return false;
        }
        int[] idSlots = type.identifierSlots();
        if (idSlots.length != key.size()) {
            return false;
        }
        for (int i = 0; i < idSlots.length; i++) {
            if (!Compact.equal(values[idSlots[i]], key.part(i))) {
                return false;
            }
        }
        return true;
    }

    /** True if both objects have the same key tuple (they may be of different descriptors). */
    public boolean sameKey(ModelObject other) {
        if (other.keyHash != keyHash) {
            return false;
        }
        int[] mine = type.identifierSlots();
        int[] theirs = other.type.identifierSlots();
        if (mine.length != theirs.length) {
            return false;
        }
        for (int i = 0; i < mine.length; i++) {
            if (!Compact.equal(values[mine[i]], other.values[theirs[i]])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets fields by name, as the default update hook does. The value array is replaced, never mutated,
     * so earlier {@link #attrs()} snapshots (held by diffs) keep their values. Names the type does not
     * declare are ignored, like on creation.
     *
     * @throws IllegalArgumentException if a value would change an identifier (that would corrupt the
     *                                  store's index; the original silently allowed it)
     */
    public void update(Map<String, ?> changes) {
        Object[] copy = null;
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            int slot = type.slotOf(e.getKey());
            if (slot < 0) {
                continue;
            }
            if (isIdentifierSlot(slot)) {
                if (!Compact.equal(values[slot], e.getValue())) {
                    throw new IllegalArgumentException("cannot change identifier '" + e.getKey() + "' of "
                            + type.name() + " " + uid() + " to " + PythonText.repr(e.getValue()));
                }
                continue;
            }
            if (copy == null) {
                copy = values.clone();
            }
            copy[slot] = Compact.pack(e.getValue());
        }
        if (copy != null) {
            values = copy;
        }
    }

    private boolean isIdentifierSlot(int slot) {
        for (int idSlot : type.identifierSlots()) {
            if (idSlot == slot) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the children of one child type, in insertion order (empty if none). */
    public List<ModelKey> children(String childType) {
        int index = childIndexOrThrow(childType);
        List<ModelKey> list = childList(index, false);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * Records {@code child}'s key under its type.
     *
     * @throws ObjectStoreWrongTypeException if this type declares no such child type
     * @throws ObjectAlreadyExistsException  if the key is already listed (carrying {@code child})
     */
    public void addChild(ModelObject child) {
        int index = childIndexOrThrow(child.typeName());
        List<ModelKey> list = childList(index, true);
        ModelKey key = child.key();
        if (list.contains(key)) {
            throw new ObjectAlreadyExistsException("Already storing a " + child.typeName() + " with unique_id "
                    + key.render(), child);
        }
        list.add(key);
    }

    /**
     * Removes {@code child}'s key.
     *
     * @throws ObjectStoreWrongTypeException if this type declares no such child type
     * @throws ObjectNotFoundException       if the key is not listed
     */
    public void removeChild(ModelObject child) {
        int index = childIndexOrThrow(child.typeName());
        List<ModelKey> list = childList(index, false);
        ModelKey key = child.key();
        if (list == null || !list.remove(key)) {
            throw new ObjectNotFoundException(key.render() + " was not found as a child in "
                    + type.children().get(child.typeName()));
        }
    }

    private int childIndexOrThrow(String childType) {
        int index = type.childIndex(childType);
        if (index < 0) {
            throw new ObjectStoreWrongTypeException("Unable to store " + childType + " as a child of "
                    + type.name() + "; valid types are " + new java.util.TreeSet<>(type.childTypes()));
        }
        return index;
    }

    @SuppressWarnings("unchecked")
    private List<ModelKey> childList(int index, boolean create) {
        if (childLists == null) {
            if (!create) {
                return null;
            }
            childLists = new Object[type.childTypes().size()];
        }
        List<ModelKey> list = (List<ModelKey>) childLists[index];
        if (list == null && create) {
            list = new ArrayList<>(4);
            childLists[index] = list;
        }
        return list;
    }

    /** The current model flags. */
    public Set<ModelFlag> flags() {
        return ModelFlag.fromMask(flags);
    }

    /** True if the flag is set. */
    public boolean hasFlag(ModelFlag flag) {
        return (flags & flag.bit()) != 0;
    }

    /** Replaces the model flags. */
    public void setFlags(Set<ModelFlag> newFlags) {
        flags = ModelFlag.mask(newFlags);
    }

    /** Adds one model flag. */
    public void addFlag(ModelFlag flag) {
        flags |= flag.bit();
    }

    /** The status of the last sync operation ({@link ModelStatus#INITIAL} for a fresh object). */
    public ModelStatus status() {
        return status;
    }

    /** Sets the status; hooks use it to report success, failure or error. */
    public void setStatus(SyncStatus newStatus, String message) {
        status = new ModelStatus(newStatus, message == null ? "" : message);
    }

    /** Sets status and message at once. */
    public void setStatus(ModelStatus newStatus) {
        status = java.util.Objects.requireNonNull(newStatus, "status is null");
    }

    /**
     * The original's {@code model.str()} without a dataset to look children up in: the header line
     * {@code <type>: <uid>: <attrs as a Python dict>}, then per child type {@code   <field>: [...]}.
     * {@link Dataset#str(ModelObject, boolean, int)} expands children instead.
     */
    public String str() {
        return render(null, false, 0);
    }

    String render(Dataset dataset, boolean includeChildren, int indent) {
        String margin = " ".repeat(indent);
        StringBuilder out = new StringBuilder(margin).append(type.name()).append(": ").append(uid()).append(": ")
                .append(PythonText.repr(attrs()));
        for (Map.Entry<String, String> child : type.children().entrySet()) {
            List<ModelKey> keys = children(child.getKey());
            out.append('\n').append(margin).append("  ").append(child.getValue());
            if (keys.isEmpty()) {
                out.append(": []");
            } else if (dataset == null || !includeChildren) {
                List<String> uids = new ArrayList<>();
                for (ModelKey key : keys) {
                    uids.add(key.render());
                }
                out.append(": ").append(PythonText.repr(uids));
            } else {
                for (ModelKey key : keys) {
                    ModelObject found = dataset.getOrNull(child.getKey(), key);
                    out.append('\n');
                    if (found == null) {
                        out.append(margin).append("    ").append(key.render()).append(" (ERROR: details unavailable)");
                    } else {
                        out.append(found.render(dataset, true, indent + 4));
                    }
                }
            }
        }
        return out.toString();
    }

    /** The original's {@code repr}: {@code <type> "<uid>"}. */
    public String repr() {
        return type.name() + " \"" + uid() + "\"";
    }

    /** The unique id, as the original's {@code str(model)}. */
    @Override
    public String toString() {
        return uid();
    }
}
