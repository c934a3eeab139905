package io.infrasync.core.mapping;

import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.config.ConfigException;
import io.infrasync.core.domain.config.ConfigProblem;
import io.infrasync.core.domain.config.ConfigSource;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterSpec;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.config.TransformSpec;
import io.infrasync.core.port.out.ExpressionEvaluator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link SyncConfig} validated against the destination schema and compiled for mapping: kinds and fields
 * exist, identifiers are known (defaulting to the schema's unique attributes), references point at mapped
 * kinds, filters and transforms are compiled once, and the write order is known.
 *
 * <p>Build one per run with {@link #build}, then map each side with {@link #newSession}.
 */
public final class MappingPlan {

    private static final System.Logger LOG = System.getLogger(MappingPlan.class.getName());

    private final SyncConfig config;
    private final List<EntryPlan> entries;
    private final WriteOrder writeOrder;
    private final List<List<String>> identityTiers;

    private MappingPlan(SyncConfig config, List<EntryPlan> entries, WriteOrder writeOrder, List<List<String>> identityTiers) {
        this.config = config;
        this.entries = List.copyOf(entries);
        this.writeOrder = writeOrder;
        this.identityTiers = identityTiers;
    }

    /**
     * Validates and compiles {@code config}.
     *
     * @param schema    the destination schema; empty to skip the schema checks (identifiers must then be
     *                  explicit, and reference cardinality follows the value's shape)
     * @param evaluator compiles the transforms
     * @throws ConfigException listing every problem, each with file, line and key path
     */
    public static MappingPlan build(SyncConfig config, Optional<SchemaView> schema, ExpressionEvaluator evaluator) {
        return new Builder(config, schema, evaluator).build();
    }

    /** The configuration this plan was built from. */
    public SyncConfig config() {
        return config;
    }

    /** The write order: the explicit {@code order}, or tiers derived from the references. */
    public WriteOrder writeOrder() {
        return writeOrder;
    }

    /** The identifiers of every entry (explicit, or the schema's mapped unique attributes), by entry index. */
    public List<List<String>> identifiers() {
        List<List<String>> all = new ArrayList<>();
        entries.forEach(entry -> all.add(entry.identifiers));
        return List.copyOf(all);
    }

    /**
     * The distinct source endpoints ({@code schema_mapping[].mapping}) to read, in file order: those of the kinds
     * in the write order (kinds left out of an explicit {@code order} are not loaded, as in the original).
     */
    public List<String> endpoints() {
        Set<String> written = Set.copyOf(writeOrder.flattened());
        Set<String> endpoints = new LinkedHashSet<>();
        entries.stream().filter(entry -> written.contains(entry.kind())).forEach(entry -> endpoints.add(entry.endpoint()));
        return List.copyOf(endpoints);
    }

    /**
     * A reference field read from an endpoint's records.
     *
     * @param field     the destination field it fills
     * @param path      the dotted path of its value in the record
     * @param endpoints the endpoints its peers may come from
     */
    public record ReferenceSource(String field, String path, List<String> endpoints) {
        public ReferenceSource {
            endpoints = List.copyOf(endpoints);
        }

        /** Whether the path is a single key of the record. */
        public boolean simple() {
            return path.indexOf('.') < 0;
        }
    }

    /** The reference fields of every entry that reads {@code endpoint}, in file order. */
    public List<ReferenceSource> referenceSources(String endpoint) {
        List<ReferenceSource> sources = new ArrayList<>();
        for (EntryPlan entry : entries) {
            if (!entry.endpoint().equals(endpoint)) {
                continue;
            }
            for (EntryPlan.FieldPlan field : entry.fields) {
                if (field instanceof EntryPlan.ReferenceField reference) {
                    sources.add(new ReferenceSource(reference.name(), reference.path().toString(),
                            reference.candidateEndpoints()));
                }
            }
        }
        return List.copyOf(sources);
    }

    /**
     * The top-level record keys that mapping {@code endpoint}'s records reads, for a source read that asks
     * the system for only these fields: {@code id} (local ids come from it), the first segment of every
     * field's {@code mapping} (plain or reference) and of every filter's {@code field}, and, for transforms,
     * a superset of the Jinja template's top-level variables (every name in its {@code {{ }}} and
     * {@code {% %}} blocks that is not an attribute after a {@code .} or a reserved word).
     *
     * <p>Empty means "read every field": when {@code endpoint} is not one of {@link #endpoints()}, or when a
     * transform's variables cannot be told from its text (it includes, imports or extends another template,
     * or does not parse). Every entry mapping the endpoint (several kinds may share one) contributes.
     *
     * @param endpoint a source endpoint ({@code schema_mapping[].mapping})
     * @return the keys, sorted and unmodifiable; or empty for all fields
     */
    public Optional<Set<String>> requiredFields(String endpoint) {
        Set<String> written = Set.copyOf(writeOrder.flattened());
        Set<String> keys = new TreeSet<>();
        keys.add("id");
        boolean mapped = false;
        for (EntryPlan entry : entries) {
            if (!entry.endpoint().equals(endpoint) || !written.contains(entry.kind())) {
                continue;
            }
            mapped = true;
            for (EntryPlan.FieldPlan field : entry.fields) {
                if (field instanceof EntryPlan.PathField path) {
                    keys.add(path.path().head());
                } else if (field instanceof EntryPlan.ReferenceField reference) {
                    keys.add(reference.path().head());
                }
            }
            for (RecordFilter filter : entry.filters) {
                keys.add(DottedPath.of(filter.spec().field()).head());
            }
            for (TransformSpec transform : entry.entry.transforms()) {
                Optional<Set<String>> variables = TemplateVariables.of(transform.expression());
                if (variables.isEmpty()) {
                    return Optional.empty();
                }
                keys.addAll(variables.get());
            }
        }
        return mapped ? Optional.of(Collections.unmodifiableSet(keys)) : Optional.empty();
    }

    /** A session mapping one side's records, stopping objects at missing peers. */
    public MappingSession newSession(Side side) {
        return newSession(side, PeerLocator.standard(), false);
    }

    /**
     * A session mapping one side's records.
     *
     * @param side            filters and transforms run on the source side only
     * @param locator         locates nested peers
     * @param continueOnError a missing peer of a non-identifier reference becomes a warning and the peer is
     *                        omitted, instead of an error on the object
     */
    public MappingSession newSession(Side side, PeerLocator locator, boolean continueOnError) {
        return new MappingSession(entries, kindsInResolutionOrder(), writeOrder.flattened(), side, locator, continueOnError);
    }

    private List<String> kindsInResolutionOrder() {
        List<String> kinds = new ArrayList<>();
        identityTiers.forEach(kinds::addAll);
        return kinds;
    }

    /** Collects every problem before failing, so that a file's errors are reported together. */
    private static final class Builder {
        private final SyncConfig config;
        private final Optional<SchemaView> schema;
        private final ExpressionEvaluator evaluator;
        private final ConfigSource source;
        private final List<ConfigProblem> problems = new ArrayList<>();
        private final Set<String> mappedKinds;

        Builder(SyncConfig config, Optional<SchemaView> schema, ExpressionEvaluator evaluator) {
            this.config = config;
            this.schema = schema;
            this.evaluator = evaluator;
            this.source = config.origin();
            this.mappedKinds = new LinkedHashSet<>(config.mappedKinds());
        }

        MappingPlan build() {
            List<EntryPlan> plans = new ArrayList<>();
            for (SchemaMappingEntry entry : config.schemaMapping()) {
                plans.add(compileEntry(entry));
            }
            List<ReferenceEdge> edges = new ArrayList<>();
            for (EntryPlan plan : plans) {
                plan.fields = compileFields(plan, plans, edges);
            }
            WriteOrder derived = deriveOrder(edges);
            WriteOrder order = config.order().map(this::explicitOrder).orElse(derived);
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingInt(ConfigProblem::line));
                throw new ConfigException(problems);
            }
            if (!order.dropped().isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "{0}: broke reference cycles by writing these references in a later update: {1}",
                        config.name(), order.dropped());
            }
            if (!order.unordered().isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "{0}: kinds mapped but absent from 'order' are not synced: {1}",
                        config.name(), order.unordered());
            }
            return new MappingPlan(config, plans, order, derived.tiers());
        }

        private void problem(String path, String message) {
            problems.add(ConfigProblem.at(source, path, message));
        }

        private EntryPlan compileEntry(SchemaMappingEntry entry) {
            String path = entry.path();
            Optional<SchemaKind> kind = schema.flatMap(view -> view.kind(entry.name()));
            if (schema.isPresent()) {
                if (kind.isEmpty()) {
                    problem(path + ".name", "unknown kind '" + entry.name() + "'"
                            + NameSuggestions.didYouMean(entry.name(), schema.get().kindNames()));
                } else if (kind.get().generic()) {
                    problem(path + ".name", "'" + entry.name() + "' is a generic; map to a node kind that implements it "
                            + schema.get().implementers(entry.name()));
                }
            }
            kind.ifPresent(found -> checkFields(entry, found));
            List<String> identifiers = identifiers(entry, kind);
            List<RecordFilter> filters = new ArrayList<>();
            for (int i = 0; i < entry.filters().size(); i++) {
                FilterSpec spec = entry.filters().get(i);
                try {
                    filters.add(RecordFilter.compile(spec));
                } catch (IllegalArgumentException exception) {
                    problem(path + ".filters[" + i + "]", exception.getMessage());
                }
            }
            List<EntryPlan.Transform> transforms = new ArrayList<>();
            for (int i = 0; i < entry.transforms().size(); i++) {
                TransformSpec spec = entry.transforms().get(i);
                try {
                    transforms.add(new EntryPlan.Transform(spec.field(), DottedPath.of(spec.field()),
                            evaluator.compile(spec.expression())));
                } catch (ExpressionEvaluator.ExpressionException | IllegalArgumentException exception) {
                    problem(path + ".transforms[" + i + "].expression", "invalid expression: " + exception.getMessage());
                }
            }
            return new EntryPlan(entry, identifiers, filters, transforms);
        }

        private void checkFields(SchemaMappingEntry entry, SchemaKind kind) {
            for (int i = 0; i < entry.fields().size(); i++) {
                FieldMapping field = entry.fields().get(i);
                String path = entry.path() + ".fields[" + i + "]";
                boolean attribute = kind.attributes().containsKey(field.name());
                Optional<SchemaRelationship> relationship = kind.relationship(field.name());
                if (!attribute && relationship.isEmpty()) {
                    problem(path + ".name", "'" + kind.name() + "' has no attribute or relationship '" + field.name() + "'"
                            + NameSuggestions.didYouMean(field.name(), kind.fieldNames()));
                    continue;
                }
                if (field.source() instanceof FieldSource.Reference reference) {
                    if (relationship.isEmpty()) {
                        problem(path + ".reference", "'" + field.name() + "' is an attribute of '" + kind.name()
                                + "', not a relationship; remove 'reference'");
                    } else {
                        checkReferenceKind(path, reference.kind(), relationship.get());
                    }
                }
                // A plain 'mapping' or 'static' on a relationship is legal, as in the original: the value is taken
                // as the peer's unique id (for example a circuit type's name), without resolution.
            }
        }

        private void checkReferenceKind(String path, String target, SchemaRelationship relationship) {
            SchemaView view = schema.orElseThrow();
            if (view.kind(target).isEmpty()) {
                problem(path + ".reference", "unknown kind '" + target + "'" + NameSuggestions.didYouMean(target, view.kindNames()));
            } else if (!view.isA(target, relationship.peer()) && !view.isA(relationship.peer(), target)) {
                problem(path + ".reference", "'" + target + "' is not a '" + relationship.peer() + "', the peer kind of '"
                        + relationship.name() + "'");
            }
        }

        private List<String> identifiers(SchemaMappingEntry entry, Optional<SchemaKind> kind) {
            if (entry.identifiers().isPresent()) {
                List<String> identifiers = entry.identifiers().get();
                if (identifiers.isEmpty()) {
                    problem(entry.path() + ".identifiers", "identifiers must not be empty");
                }
                List<String> fieldNames = entry.fields().stream().map(FieldMapping::name).toList();
                for (int i = 0; i < identifiers.size(); i++) {
                    if (entry.field(identifiers.get(i)).isEmpty()) {
                        problem(entry.path() + ".identifiers[" + i + "]", "'" + identifiers.get(i) + "' is not a mapped field"
                                + NameSuggestions.didYouMean(identifiers.get(i), fieldNames));
                    }
                }
                return identifiers;
            }
            if (kind.isEmpty()) {
                if (schema.isEmpty()) {
                    problem(entry.path(), "no 'identifiers' and no destination schema to take its unique attributes from");
                }
                return List.of();
            }
            List<String> unique = new ArrayList<>();
            for (String name : kind.get().uniqueAttributes()) {
                if (entry.field(name).isPresent()) {
                    unique.add(name);
                }
            }
            if (unique.isEmpty()) {
                problem(entry.path(), "no 'identifiers', and none of the unique attributes of '" + kind.get().name() + "' "
                        + kind.get().uniqueAttributes() + " is mapped");
            }
            return unique;
        }

        private List<EntryPlan.FieldPlan> compileFields(EntryPlan plan, List<EntryPlan> all, List<ReferenceEdge> edges) {
            List<EntryPlan.FieldPlan> fields = new ArrayList<>();
            SchemaMappingEntry entry = plan.entry;
            for (int i = 0; i < entry.fields().size(); i++) {
                FieldMapping field = entry.fields().get(i);
                String path = entry.path() + ".fields[" + i + "]";
                try {
                    if (field.source() instanceof FieldSource.Path mapped) {
                        fields.add(new EntryPlan.PathField(field.name(), DottedPath.of(mapped.path())));
                    } else if (field.source() instanceof FieldSource.Static constant) {
                        fields.add(new EntryPlan.StaticField(field.name(), constant.value()));
                    } else if (field.source() instanceof FieldSource.Reference reference) {
                        EntryPlan.ReferenceField compiled = referenceField(plan, field, reference, all, path);
                        if (compiled != null) {
                            fields.add(compiled);
                            for (EntryPlan candidate : compiled.candidates()) {
                                edges.add(new ReferenceEdge(plan.kind(), field.name(), candidate.kind(), compiled.identity()));
                            }
                        }
                    }
                } catch (IllegalArgumentException exception) {
                    problem(path + ".mapping", exception.getMessage());
                }
            }
            return fields;
        }

        private EntryPlan.ReferenceField referenceField(EntryPlan plan, FieldMapping field, FieldSource.Reference reference,
                List<EntryPlan> all, String path) {
            String target = reference.kind();
            List<EntryPlan> candidates = new ArrayList<>();
            for (EntryPlan other : all) {
                if (other.kind().equals(target) || schema.map(view -> view.isA(other.kind(), target)).orElse(false)) {
                    candidates.add(other);
                }
            }
            if (candidates.isEmpty()) {
                boolean generic = schema.flatMap(view -> view.kind(target)).map(SchemaKind::generic).orElse(false);
                problem(path + ".reference", generic
                        ? "generic '" + target + "' has no implementing kind in schema_mapping "
                                + schema.get().implementers(target)
                        : "'" + target + "' is not mapped in schema_mapping" + NameSuggestions.didYouMean(target, mappedKinds));
                return null;
            }
            Boolean many = schema.flatMap(view -> view.kind(plan.kind()))
                    .flatMap(kind -> kind.relationship(field.name()))
                    .map(SchemaRelationship::many)
                    .orElse(null);
            Set<String> endpoints = new LinkedHashSet<>();
            candidates.forEach(candidate -> endpoints.add(candidate.endpoint()));
            return new EntryPlan.ReferenceField(field.name(), DottedPath.of(reference.path()), target, many,
                    plan.identifiers.contains(field.name()), List.copyOf(candidates), List.copyOf(endpoints));
        }

        private WriteOrder deriveOrder(List<ReferenceEdge> edges) {
            try {
                return WriteOrderPlanner.derive(mappedKinds, edges);
            } catch (WriteOrderPlanner.CycleException exception) {
                ReferenceEdge first = exception.cycle().get(0);
                problem(fieldPath(first), exception.getMessage());
                return new WriteOrder(List.of(List.copyOf(mappedKinds)), false, List.of(), List.of());
            }
        }

        private String fieldPath(ReferenceEdge edge) {
            for (SchemaMappingEntry entry : config.schemaMapping()) {
                if (entry.name().equals(edge.from())) {
                    for (int i = 0; i < entry.fields().size(); i++) {
                        if (entry.fields().get(i).name().equals(edge.field())) {
                            return entry.path() + ".fields[" + i + "].reference";
                        }
                    }
                }
            }
            return "schema_mapping";
        }

        private WriteOrder explicitOrder(List<String> order) {
            List<List<String>> tiers = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < order.size(); i++) {
                String kind = order.get(i);
                if (!mappedKinds.contains(kind)) {
                    problem("order[" + i + "]", "'" + kind + "' is not mapped in schema_mapping"
                            + NameSuggestions.didYouMean(kind, mappedKinds));
                } else if (seen.putIfAbsent(kind, i) == null) {
                    tiers.add(List.of(kind));
                }
            }
            List<String> unordered = new ArrayList<>();
            for (String kind : mappedKinds) {
                if (!seen.containsKey(kind)) {
                    unordered.add(kind);
                }
            }
            return new WriteOrder(tiers, true, List.of(), unordered);
        }
    }
}
