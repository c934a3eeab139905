package io.infrasync.core.engine.run;

import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.mapping.PeerKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, before anything is written, distinct objects that the destination would merge into one node.
 *
 * <p>The mapping's identifiers decide which source object is which (the diffsync unique id), but the destination
 * keeps objects apart by its own uniqueness: attributes marked unique, {@code uniqueness_constraints} and the
 * {@code human_friendly_id} of its schema (Infrahub upserts by them). When those are coarser than the
 * identifiers, two source objects with different unique ids can carry the same destination key: written one
 * after the other (possibly in different batches or tiers) the second upsert would land on the first one's
 * node, and one source object would silently vanish. Likewise a created object whose destination key equals
 * that of an existing destination node with another unique id would overwrite that node.
 *
 * <p>For each written kind and each uniqueness rule whose paths all lead to mapped fields, the final key of
 * every object that will exist after the run is computed: the source objects that are created or matched
 * (their source values are what the destination ends up with) and the destination objects that no source
 * object matches (deletes run after creates, so a node planned for deletion still collides). A relationship
 * path ({@code site} or {@code site__name__value}) contributes the peer's unique id, which names one peer on
 * both sides. Keys with a missing part are ignored (a destination does not enforce uniqueness on absent
 * values), and so are rules covering every identifier (distinct unique ids always differ there). A group of
 * objects sharing a key is a collision when at least one of them writes that key (a create, or an update
 * changing one of its fields): equal keys that already coexist in the destination are not this run's doing.
 *
 * <p>Each collision gives one {@code errors.parquet} row per source object involved, naming the kind, the rule
 * and key, and both objects by unique id and origin (resource and local id). The run then stops before
 * writing, or, with {@code --continue-on-error}, skips the source objects involved (their plan rows carry a
 * skip reason, which {@code apply} honours too).
 */
final class DestinationKeyCollisions {

    /** The {@code error_class} of a collision row, and the {@code conflict_class} of a skipped plan row. */
    static final String ERROR_CLASS = "DestinationKeyCollision";
    /** The {@code skip_reason} of the plan rows of objects involved in a collision. */
    static final String SKIP_REASON = "destination key collision (see errors.parquet)";

    /**
     * One destination uniqueness rule over mapped fields.
     *
     * @param label  how the schema names it, for messages ({@code human_friendly_id [name__value]})
     * @param paths  the rule's paths as the schema gives them
     * @param fields the mapped fields the paths lead to, in path order, without repeats
     */
    record Rule(String label, List<String> paths, List<String> fields) {
    }

    /** The collisions of a plan: the error rows and the source objects involved, by kind and unique id. */
    record Found(List<ErrorRow> errors, Map<String, Set<String>> involved) {

        static final Found NONE = new Found(List.of(), Map.of());

        boolean isEmpty() {
            return errors.isEmpty();
        }

        /** Whether the change concerns a source object involved in a collision. */
        boolean involves(Change change) {
            return change.action() != PlanAction.DELETE
                    && involved.getOrDefault(change.kind(), Set.of()).contains(change.uid());
        }

        /**
         * The source identifiers without the objects involved in a collision. References to such an object
         * must not be sent by human-friendly id or identifiers: it is not written, and those would name the
         * node it collides with. Without them the writer can only say it does not know the peer, and the
         * referencing operation fails instead of linking the wrong node.
         */
        Map<String, Map<String, Map<String, Object>>> withoutInvolved(Map<String, Map<String, Map<String, Object>>> identifiers) {
            if (involved.isEmpty()) {
                return identifiers;
            }
            Map<String, Map<String, Map<String, Object>>> kept = new HashMap<>();
            identifiers.forEach((kind, byUid) -> {
                Set<String> skipped = involved.getOrDefault(kind, Set.of());
                Map<String, Map<String, Object>> copy = new HashMap<>(byUid);
                copy.keySet().removeAll(skipped);
                kept.put(kind, copy);
            });
            return kept;
        }

        /** The plan row, marked as skipped when its object is involved in a collision. */
        PlanRow marked(PlanRow row) {
            if (row.action() == PlanAction.DELETE || !involved.getOrDefault(row.resource(), Set.of()).contains(row.sourceId())) {
                return row;
            }
            return new PlanRow(row.action(), row.resource(), row.sourceId(), row.destId(), row.attribute(), row.oldValue(),
                    row.newValue(), row.owner(), SKIP_REASON, ERROR_CLASS);
        }
    }

    /** An object that will exist in the destination after the run; {@code created} by this run or already there. */
    private record Member(ModelObject object, boolean fromSource, boolean created, Set<String> writtenFields) {

        boolean writes(Rule rule) {
            return rule.fields().stream().anyMatch(writtenFields::contains);
        }
    }

    private final RunModel model;
    private final LoadedSide source;
    private final LoadedSide destination;

    DestinationKeyCollisions(RunModel model, LoadedSide source, LoadedSide destination) {
        this.model = model;
        this.source = source;
        this.destination = destination;
    }

    /**
     * Finds the collisions of a plan.
     *
     * @param model       the run's model (mapped kinds and fields, destination schema)
     * @param source      the loaded source side
     * @param destination the loaded destination side
     * @param changes     the planned changes (creates and updates say which objects write which fields)
     * @return the collisions, possibly none
     */
    static Found find(RunModel model, LoadedSide source, LoadedSide destination, List<Change> changes) {
        return new DestinationKeyCollisions(model, source, destination).find(changes);
    }

    private Found find(List<Change> changes) {
        Map<String, Map<String, Set<String>>> written = new HashMap<>();
        Map<String, Set<String>> allFields = new HashMap<>(); // a create writes every field: one set per kind
        for (Change change : changes) {
            if (change.action() == PlanAction.DELETE) {
                continue;
            }
            Set<String> fields = change.action() == PlanAction.CREATE
                    ? allFields.computeIfAbsent(change.kind(), kind -> Set.copyOf(model.types.get(kind).fields()))
                    : change.values().keySet();
            written.computeIfAbsent(change.kind(), key -> new HashMap<>()).put(change.uid(), fields);
        }
        List<ErrorRow> errors = new ArrayList<>();
        Map<String, Set<String>> involved = new LinkedHashMap<>();
        for (String kind : model.writtenKinds) {
            List<Rule> rules = rules(kind);
            if (rules.isEmpty()) {
                continue;
            }
            List<Member> members = members(kind, written.getOrDefault(kind, Map.of()));
            Map<String, Collision> collisions = new LinkedHashMap<>();
            for (Rule rule : rules) {
                collide(rule, members, collisions);
            }
            for (Collision collision : collisions.values()) {
                errors.addAll(collision.rows(kind));
                for (Member member : List.of(collision.first, collision.second)) {
                    if (member.fromSource()) {
                        involved.computeIfAbsent(kind, key -> new LinkedHashSet<>()).add(member.object().uid());
                    }
                }
            }
        }
        return errors.isEmpty() ? Found.NONE : new Found(List.copyOf(errors), involved);
    }

    /**
     * The kind's uniqueness rules over mapped fields: unique attributes, the human-friendly id and the
     * uniqueness constraints, without repeats (by field set) and without those covering every identifier.
     */
    List<Rule> rules(String kind) {
        List<Rule> candidates = new ArrayList<>();
        for (String attribute : model.schema.uniqueAttributes(kind)) {
            candidates.add(rule("unique attribute " + attribute, kind, List.of(attribute + "__value")));
        }
        List<String> hfid = model.schema.humanFriendlyId(kind);
        if (!hfid.isEmpty()) {
            candidates.add(rule("human_friendly_id " + hfid, kind, hfid));
        }
        for (List<String> constraint : model.schema.uniquenessConstraints(kind)) {
            candidates.add(rule("uniqueness constraint " + constraint, kind, constraint));
        }
        List<String> identifiers = model.identifiers.getOrDefault(kind, List.of());
        Set<Set<String>> seen = new HashSet<>();
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : candidates) {
            if (rule != null && !rule.fields().containsAll(identifiers) && seen.add(Set.copyOf(rule.fields()))) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** The rule over mapped fields, or null when a path leads to a field the mapping does not fill. */
    private Rule rule(String label, String kind, List<String> paths) {
        ModelType type = model.types.get(kind);
        Set<String> fields = new LinkedHashSet<>();
        for (String path : paths) {
            String[] parts = path.split("__");
            String field = parts[0];
            if (!type.fields().contains(field)) {
                return null;
            }
            boolean relationship = model.schema.relationship(kind, field).isPresent();
            // An attribute counts by its value; other properties (is_protected, source, ...) are not keys.
            if (!relationship && parts.length > 1 && !(parts.length == 2 && parts[1].equals("value"))) {
                return null;
            }
            fields.add(field);
        }
        return fields.isEmpty() ? null : new Rule(label, List.copyOf(paths), List.copyOf(fields));
    }

    /** Source objects that are created or matched, then destination objects that no source object matches. */
    private List<Member> members(String kind, Map<String, Set<String>> written) {
        List<Member> members = new ArrayList<>();
        Set<String> sourceUids = new HashSet<>();
        for (ModelObject object : source.dataset().getAll(kind)) {
            String uid = object.uid();
            Set<String> fields = written.get(uid);
            boolean matched = destination.localId(kind, uid) != null;
            if (fields == null && !matched) {
                continue; // not created (a skip flag, or a failed mapping): it will not exist in the destination
            }
            sourceUids.add(uid);
            members.add(new Member(object, true, !matched, fields == null ? Set.of() : fields));
        }
        for (ModelObject object : destination.dataset().getAll(kind)) {
            if (!sourceUids.contains(object.uid())) {
                members.add(new Member(object, false, false, Set.of()));
            }
        }
        return members;
    }

    /**
     * Groups the members by their key under the rule and records a collision between the first member of a
     * group and every other one, when either writes the key. Pairing with the first member keeps this linear
     * and still names every writer.
     */
    private void collide(Rule rule, List<Member> members, Map<String, Collision> collisions) {
        Map<List<Object>, Member> first = new HashMap<>();
        for (Member member : members) {
            List<Object> key = key(rule, member.object());
            if (key == null) {
                continue;
            }
            Member anchor = first.putIfAbsent(key, member);
            if (anchor == null || !(anchor.fromSource() || member.fromSource())) {
                continue;
            }
            if (!anchor.writes(rule) && !member.writes(rule)) {
                continue;
            }
            String pair = anchor.object().uid() + "\u0000" + anchor.fromSource() + "\u0000" + member.object().uid()
                    + "\u0000" + member.fromSource();
            collisions.computeIfAbsent(pair, k -> new Collision(anchor, member)).add(rule, key);
        }
    }

    /** The object's key under the rule, or null when a part is missing. */
    private static List<Object> key(Rule rule, ModelObject object) {
        List<Object> key = new ArrayList<>(rule.fields().size());
        for (String field : rule.fields()) {
            Object value = normalized(object.get(field));
            if (value == null) {
                return null;
            }
            key.add(value);
        }
        return key;
    }

    /**
     * A value as the destination compares it: numbers by value whatever their Java type, a list of peers as
     * a set; {@code null} for absent values and empty lists (an empty string is a value).
     */
    private static Object normalized(Object value) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            List<String> sorted = new ArrayList<>();
            list.forEach(element -> sorted.add(String.valueOf(normalized(element))));
            sorted.sort(null);
            return sorted;
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros() : value;
        }
        return value;
    }

    /** Two objects with the same key under one or more rules. */
    private final class Collision {
        final Member first;
        final Member second;
        final List<String> reasons = new ArrayList<>();
        String attribute;

        Collision(Member first, Member second) {
            this.first = first;
            this.second = second;
        }

        void add(Rule rule, List<Object> key) {
            StringBuilder text = new StringBuilder(rule.label()).append(" (");
            for (int i = 0; i < rule.fields().size(); i++) {
                text.append(i == 0 ? "" : ", ").append(rule.fields().get(i)).append('=').append(display(key.get(i)));
            }
            reasons.add(text.append(')').toString());
            if (attribute == null) {
                attribute = String.join(",", rule.paths());
            }
        }

        List<ErrorRow> rows(String kind) {
            List<ErrorRow> rows = new ArrayList<>(2);
            String same = String.join("; ", reasons);
            String hint = "the mapping's identifiers " + model.identifiers.getOrDefault(kind, List.of())
                    + " tell these objects apart but the destination does not: make the source values differ, or"
                    + " identify " + kind + " by the fields of the destination's rule";
            if (second.fromSource()) {
                String message = kind + ": source objects " + describe(kind, first) + " and " + describe(kind, second)
                        + " would collapse into one destination node, both have the same " + same;
                rows.add(row(kind, first, ownDestId(kind, first), message, hint));
                rows.add(row(kind, second, ownDestId(kind, second), message, hint));
            } else {
                String nodeId = destination.localId(kind, second.object().uid());
                String message = kind + ": source object " + describe(kind, first) + " and the existing destination node "
                        + nodeId + " (unique id '" + second.object().uid() + "', not in the source) would have the same " + same
                        + ", and the destination keeps one node per key: " + (first.created() ? "the create would land on that node"
                                : "the update would be refused or merge them");
                rows.add(row(kind, first, nodeId, message, hint));
            }
            return rows;
        }

        private ErrorRow row(String kind, Member member, String destId, String message, String hint) {
            return new ErrorRow(ERROR_CLASS, kind, member.object().uid(), destId, attribute, message, hint, 0, true);
        }

        private String ownDestId(String kind, Member member) {
            return destination.localId(kind, member.object().uid());
        }

        private String describe(String kind, Member member) {
            String uid = member.object().uid();
            String origin = source.origin(kind, uid).map(PeerKey::toString).orElseGet(() -> fallbackOrigin(kind, uid));
            return "'" + uid + "' (" + origin + ")";
        }

        /** Without a kept origin: the kind's only mapped resource (or all of them) and the local id. */
        private String fallbackOrigin(String kind, String uid) {
            List<String> resources = model.config.schemaMapping().stream().filter(entry -> entry.name().equals(kind))
                    .map(io.infrasync.core.domain.config.SchemaMappingEntry::mapping).distinct().toList();
            String localId = source.localId(kind, uid);
            return String.join(" or ", resources) + "#" + (localId == null ? "?" : localId);
        }

        private String display(Object value) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        }
    }
}
