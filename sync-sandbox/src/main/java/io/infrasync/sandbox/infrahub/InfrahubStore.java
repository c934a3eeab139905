package io.infrasync.sandbox.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The in-memory data of an Infrahub emulator: one {@link BranchData} per branch, guarded by one
 * read/write lock (GraphQL queries read, mutations write). Tests use the public methods to seed,
 * inspect and change data behind the client's back; every write goes through the same validation
 * as a GraphQL mutation and maintains node metadata {@code updated_at}.
 */
public final class InfrahubStore {

    /** The default branch, as on a stock server. */
    public static final String MAIN = "main";

    private final InfrahubSchema schema;
    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, BranchData> branches = new LinkedHashMap<>();
    private final SplittableRandom random;
    private long counter;

    InfrahubStore(InfrahubSchema schema, Clock clock, long seed) {
        this.schema = schema;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
        Instant now = now();
        BranchData main = new BranchData(new BranchData.BranchInfo(newId(), MAIN, "Default Branch", MAIN, now, now,
                true, true), schema);
        branches.put(MAIN, main);
    }

    /** A stock server starts with the {@code default} IPAM namespace; added unless loaded data has one. */
    void seedDefaultNamespace() {
        BranchData main = branches.get(MAIN);
        if (schema.get("IpamNamespace") == null
                || main.rowsOf("BuiltinIPNamespace").stream().anyMatch(ns -> Boolean.TRUE.equals(ns.value("default")))) {
            return;
        }
        NodeRecord namespace = new NodeWriter(main, now(), this::newId).create("IpamNamespace",
                Map.of("name", Map.of("value", "default")));
        namespace.attributes.put("default", new AttributeValue(true, null, null, true, false, namespace.createdAt));
    }

    InfrahubSchema schema() {
        return schema;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A UUIDv7-like id: time-ordered high bits, seeded random low bits (reproducible with a fixed clock). */
    String newId() {
        long millis = clock.millis();
        long msb = (millis << 16) | (0x7000L) | (counter++ & 0x0fffL);
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    Optional<BranchData> branch(String name) {
        return Optional.ofNullable(branches.get(name));
    }

    List<BranchData> allBranches() {
        return List.copyOf(branches.values());
    }

    <T> T read(Function<InfrahubStore, T> action) {
        lock.readLock().lock();
        try {
            return action.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Function<InfrahubStore, T> action) {
        lock.writeLock().lock();
        try {
            return action.apply(this);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Creates a branch as a copy of {@code origin} (Infrahub's branch-off). Call under the write lock. */
    BranchData createBranchLocked(String name, String description, String origin, boolean syncWithGit) {
        if (branches.containsKey(name)) {
            throw new InfrahubError("VALIDATION_ERROR", 422, "The branch " + name + " already exists",
                    Map.of("branch_name", name));
        }
        BranchData from = branches.get(origin == null ? MAIN : origin);
        if (from == null) {
            throw branchNotFound(origin);
        }
        Instant now = now();
        BranchData copy = from.copy(new BranchData.BranchInfo(newId(), name, description, from.info.name(), now, now,
                syncWithGit, false));
        branches.put(name, copy);
        return copy;
    }

    /** Applies the branch's changes since it was branched off to {@code main} (last writer wins). */
    BranchData mergeBranchLocked(String name) {
        BranchData branch = nonDefault(name);
        BranchMerger.apply(branch, branches.get(MAIN), branch.info.branchedFrom());
        return branch;
    }

    /** Restarts the branch from the current {@code main} and replays its own changes on top. */
    BranchData rebaseBranchLocked(String name) {
        BranchData branch = nonDefault(name);
        Instant now = now();
        BranchData.BranchInfo old = branch.info;
        BranchData rebased = branches.get(MAIN).copy(new BranchData.BranchInfo(old.id(), old.name(), old.description(),
                old.originBranch(), now, old.createdAt(), old.syncWithGit(), false));
        BranchMerger.apply(branch, rebased, old.branchedFrom());
        branches.put(name, rebased);
        return rebased;
    }

    private BranchData nonDefault(String name) {
        BranchData branch = branches.get(name);
        if (branch == null) {
            throw branchNotFound(name);
        }
        if (branch.info.isDefault()) {
            throw new InfrahubError("VALIDATION_ERROR", 422, "The default branch cannot be merged or rebased",
                    Map.of("branch_name", name));
        }
        return branch;
    }

    void deleteBranchLocked(String name) {
        if (MAIN.equals(name)) {
            throw new InfrahubError("VALIDATION_ERROR", 422, "Unable to delete the default branch",
                    Map.of("branch_name", name));
        }
        if (branches.remove(name) == null) {
            throw branchNotFound(name);
        }
    }

    static InfrahubError branchNotFound(String name) {
        return new InfrahubError("BRANCH_NOT_FOUND", 400, "Branch: " + name + " not found.", Map.of("branch_name", name));
    }

    // ---------------------------------------------------------------- public API for tests and the CLI

    /** The branch names, {@code main} first. */
    public List<String> branches() {
        return read(store -> List.copyOf(branches.keySet()));
    }

    /** Creates a branch from {@code main}. */
    public void createBranch(String name) {
        write(store -> createBranchLocked(name, null, MAIN, false));
    }

    /** One object by id, if present on the branch. */
    public Optional<StoredNode> get(String branch, String id) {
        return read(store -> {
            BranchData data = existing(branch);
            return Optional.ofNullable(data.get(id)).map(record -> snapshot(data, record));
        });
    }

    /** The objects of a node kind or generic, in creation order. */
    public List<StoredNode> list(String branch, String kind) {
        return read(store -> {
            BranchData data = existing(branch);
            requireKind(kind);
            return data.rowsOf(kind).stream().map(record -> snapshot(data, record)).toList();
        });
    }

    /** How many objects of a node kind or generic the branch holds. */
    public int count(String branch, String kind) {
        return read(store -> {
            requireKind(kind);
            return existing(branch).rowsOf(kind).size();
        });
    }

    /**
     * Creates an object with Create-mutation validation.
     *
     * @param attributes    attribute name to plain value
     * @param relationships relationship name to a peer id (cardinality one) or a list of peer ids (many)
     * @return the stored object
     */
    public StoredNode create(String branch, String kind, Map<String, ?> attributes, Map<String, ?> relationships) {
        return write(store -> {
            BranchData data = existing(branch);
            NodeRecord record = new NodeWriter(data, now(), this::newId).create(kind, mutationData(null, attributes, relationships));
            return snapshot(data, record);
        });
    }

    /** Changes attributes and/or relationships of an object (Update-mutation semantics, bumps {@code updated_at}). */
    public StoredNode update(String branch, String id, Map<String, ?> attributes, Map<String, ?> relationships) {
        return write(store -> {
            BranchData data = existing(branch);
            NodeRecord record = data.get(id);
            if (record == null) {
                throw new IllegalArgumentException("no object " + id + " on branch " + branch);
            }
            NodeRecord updated = new NodeWriter(data, now(), this::newId).update(record.kind, mutationData(id, attributes, relationships));
            return snapshot(data, updated);
        });
    }

    /** Deletes an object and every edge that touches it. */
    public void delete(String branch, String id) {
        write(store -> {
            BranchData data = existing(branch);
            NodeRecord record = data.get(id);
            if (record == null) {
                throw new IllegalArgumentException("no object " + id + " on branch " + branch);
            }
            new NodeWriter(data, now(), this::newId).remove(record);
            return null;
        });
    }

    /** Every branch's objects as the JSON dump format that {@link InfrahubSandboxOptions#data} loads. */
    public String dumpJson() {
        return read(store -> InfrahubSchema.toJson(DataDump.export(branches.values())));
    }

    /** Loads a JSON dump (see docs/sandbox-infrahub.md) into the store, adding to what is there. */
    public void loadJson(String json) {
        JsonNode root = SandboxJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write(store -> {
            DataDump.load(this, root);
            return null;
        });
    }

    private BranchData existing(String branch) {
        BranchData data = branches.get(branch);
        if (data == null) {
            throw new IllegalArgumentException("Branch: " + branch + " not found.");
        }
        return data;
    }

    private void requireKind(String kind) {
        if (schema.get(kind) == null) {
            throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    private static Map<String, Object> mutationData(String id, Map<String, ?> attributes, Map<String, ?> relationships) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (id != null) {
            data.put("id", id);
        }
        attributes.forEach((name, value) -> {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("value", value);
            data.put(name, attribute);
        });
        relationships.forEach((name, value) -> {
            if (value instanceof List<?> ids) {
                List<Object> peers = new ArrayList<>();
                ids.forEach(peer -> peers.add(Map.of("id", String.valueOf(peer))));
                data.put(name, peers);
            } else {
                data.put(name, value == null ? null : Map.of("id", String.valueOf(value)));
            }
        });
        return data;
    }

    static StoredNode snapshot(BranchData data, NodeRecord record) {
        Map<String, StoredNode.Attribute> attributes = new LinkedHashMap<>();
        record.attributes.forEach((name, value) -> attributes.put(name,
                new StoredNode.Attribute(value.value(), value.source(), value.owner(), value.isProtected())));
        Map<String, List<StoredNode.Edge>> relationships = new LinkedHashMap<>();
        for (RelationshipSchema relationship : data.schema.get(record.kind).relationships.values()) {
            relationships.put(relationship.name(), data.peers(record, relationship).stream()
                    .map(edge -> new StoredNode.Edge(edge.peerId(), edge.source(), edge.owner(), edge.isProtected()))
                    .toList());
        }
        return new StoredNode(record.id, record.kind, data.hfid(record), data.displayLabel(record),
                java.util.Collections.unmodifiableMap(attributes), java.util.Collections.unmodifiableMap(relationships),
                record.createdAt, record.updatedAt);
    }
}
