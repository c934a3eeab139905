package io.infrasync.cli.config;

import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.ConfigProblem;
import io.infrasync.core.domain.config.ConfigSource;
import io.infrasync.core.domain.config.DiffSyncFlag;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterOperation;
import io.infrasync.core.domain.config.FilterSpec;
import io.infrasync.core.domain.config.GuardrailsConfig;
import io.infrasync.core.domain.config.IncrementalConfig;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SettingOrigin;
import io.infrasync.core.domain.config.StoreConfig;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.config.TransformSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the YAML tree of one file into a {@link SyncConfig}, collecting every problem (with its line and key
 * path) instead of stopping at the first. Not reusable: one instance per file.
 */
final class ConfigParser {

    private static final List<String> ROOT_KEYS = List.of("name", "source", "destination", "adapters_path", "store",
            "order", "schema_mapping", "diffsync_flags", "incremental", "guardrails");
    private static final List<String> ADAPTER_KEYS = List.of("name", "adapter", "settings");
    private static final List<String> ENTRY_KEYS = List.of("name", "mapping", "identifiers", "fields", "filters", "transforms");
    private static final List<String> FIELD_KEYS = List.of("name", "mapping", "static", "reference");
    private static final List<String> FILTER_KEYS = List.of("field", "operation", "value");
    private static final List<String> TRANSFORM_KEYS = List.of("field", "expression");

    private final String file;
    private final Interpolator interpolator;
    private final EnvironmentOverrides overrides;
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    ConfigParser(String file, Map<String, String> environment) {
        this.file = file;
        this.interpolator = new Interpolator(environment);
        this.overrides = new EnvironmentOverrides(environment);
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    List<String> notices() {
        return notices;
    }

    /** The configuration, or null when there were problems. */
    SyncConfig parse(YamlNode root) {
        lines.put("", 1);
        if (!(root instanceof YamlNode.MapNode map)) {
            problem("", root.line(), "the file must hold a mapping of keys (name, source, destination, schema_mapping ...), not "
                    + YamlNode.typeName(root));
            return null;
        }
        checkKeys(map, "", ROOT_KEYS);
        String name = requiredString(map, "", "name");
        AdapterConfig source = adapter(map, "source");
        AdapterConfig destination = adapter(map, "destination");
        List<String> adaptersPath = adaptersPath(map);
        Optional<StoreConfig> store = store(map);
        Optional<List<String>> order = optional(map, "", "order").map(node -> stringList(node, "order"));
        List<SchemaMappingEntry> entries = schemaMapping(map);
        Set<DiffSyncFlag> flags = flags(map);
        IncrementalConfig incremental = incremental(map);
        GuardrailsConfig guardrails = guardrails(map);
        if (!problems.isEmpty()) {
            return null;
        }
        return new SyncConfig(name, source, destination, adaptersPath, store, order, entries, flags, incremental,
                guardrails, new ConfigSource(file, lines));
    }

    // ---- root keys

    private AdapterConfig adapter(YamlNode.MapNode root, String side) {
        YamlNode node = required(root, "", side);
        if (node == null) {
            return null;
        }
        YamlNode.MapNode map = asMap(node, side);
        if (map == null) {
            return null;
        }
        checkKeys(map, side, ADAPTER_KEYS);
        String name = requiredString(map, side, "name");
        Optional<String> adapter = optional(map, side, "adapter").map(value -> string(value, side + ".adapter"));
        Map<String, Object> settings = new LinkedHashMap<>();
        Map<String, SettingOrigin> origins = new LinkedHashMap<>();
        Optional<YamlNode> settingsNode = optional(map, side, "settings");
        if (settingsNode.isPresent() && !isNull(settingsNode.get())) {
            YamlNode.MapNode settingsMap = asMap(settingsNode.get(), side + ".settings");
            if (settingsMap != null) {
                settingsMap.entries().forEach((key, value) -> {
                    String path = side + ".settings." + key;
                    lines.put(path, settingsMap.keyLines().get(key));
                    List<String> variables = new ArrayList<>();
                    settings.put(key, interpolated(value, path, variables));
                    origins.put(key, variables.isEmpty() ? new SettingOrigin.File() : new SettingOrigin.Interpolated(variables));
                });
            }
        }
        if (name == null) {
            return null;
        }
        for (EnvironmentOverrides.Override override : overrides.forSide(side, name)) {
            Object current = settings.get(override.setting());
            try {
                settings.put(override.setting(), coerce(override.value(), current));
                origins.put(override.setting(), override.origin());
            } catch (IllegalArgumentException exception) {
                problem(side + ".settings." + override.setting(), "environment variable " + override.origin().variable()
                        + " " + exception.getMessage());
            }
        }
        return new AdapterConfig(name, adapter, settings, origins);
    }

    /** An environment value replacing a boolean or integer keeps that type; anything else is text. */
    private static Object coerce(String value, Object current) {
        if (current instanceof Boolean) {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "on":
                    return Boolean.TRUE;
                case "false", "no", "0", "off":
                    return Boolean.FALSE;
                default:
                    throw new IllegalArgumentException("must be true or false, like the setting it replaces");
            }
        }
        if (current instanceof Integer || current instanceof Long) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException exception) {
                throw new IllegalArgumentException("must be an integer, like the setting it replaces");
            }
        }
        return value;
    }

    private List<String> adaptersPath(YamlNode.MapNode root) {
        Optional<YamlNode> node = optional(root, "", "adapters_path");
        if (node.isEmpty() || isNull(node.get())) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Scalar) {
            String single = string(node.get(), "adapters_path");
            return single == null ? List.of() : List.of(single);
        }
        List<String> paths = stringList(node.get(), "adapters_path");
        return paths == null ? List.of() : paths;
    }

    private Optional<StoreConfig> store(YamlNode.MapNode root) {
        Optional<YamlNode> node = optional(root, "", "store");
        if (node.isEmpty() || isNull(node.get())) {
            return Optional.empty();
        }
        YamlNode.MapNode map = asMap(node.get(), "store");
        if (map == null) {
            return Optional.empty();
        }
        checkKeys(map, "store", List.of("type", "settings"));
        String type = requiredString(map, "store", "type");
        Map<String, Object> settings = new LinkedHashMap<>();
        optional(map, "store", "settings").filter(value -> !isNull(value)).ifPresent(value -> {
            YamlNode.MapNode settingsMap = asMap(value, "store.settings");
            if (settingsMap != null) {
                settingsMap.entries().forEach((key, item) -> settings.put(key, interpolated(item, "store.settings." + key, new ArrayList<>())));
            }
        });
        if (type == null) {
            return Optional.empty();
        }
        notices.add("store '" + type + "' is ignored: the in-memory store is compact enough that an external store is not needed");
        return Optional.of(new StoreConfig(type, settings));
    }

    private Set<DiffSyncFlag> flags(YamlNode.MapNode root) {
        Optional<YamlNode> node = optional(root, "", "diffsync_flags");
        Set<DiffSyncFlag> flags = EnumSet.noneOf(DiffSyncFlag.class);
        if (node.isEmpty() || isNull(node.get())) {
            return flags;
        }
        YamlNode.ListNode list = asList(node.get(), "diffsync_flags");
        if (list == null) {
            return flags;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = "diffsync_flags[" + i + "]";
            String name = string(list.items().get(i), path);
            if (name != null) {
                Optional<DiffSyncFlag> flag = DiffSyncFlag.byName(name);
                if (flag.isPresent()) {
                    flags.add(flag.get());
                } else {
                    problem(path, "unknown flag '" + name + "'" + didYouMean(name,
                            Arrays.stream(DiffSyncFlag.values()).map(Enum::name).toList()));
                }
            }
        }
        return flags;
    }

    private IncrementalConfig incremental(YamlNode.MapNode root) {
        Optional<YamlNode> node = optional(root, "", "incremental");
        if (node.isEmpty() || isNull(node.get())) {
            return IncrementalConfig.defaults();
        }
        YamlNode.MapNode map = asMap(node.get(), "incremental");
        if (map == null) {
            return IncrementalConfig.defaults();
        }
        checkKeys(map, "incremental", List.of("full_resync_every"));
        int every = IncrementalConfig.DEFAULT_FULL_RESYNC_EVERY;
        Optional<YamlNode> value = optional(map, "incremental", "full_resync_every");
        if (value.isPresent()) {
            Object scalar = value.get() instanceof YamlNode.Scalar s ? s.value() : null;
            if (scalar instanceof Number number && !(scalar instanceof Double) && number.longValue() >= 0
                    && number.longValue() <= Integer.MAX_VALUE) {
                every = number.intValue();
            } else {
                problem("incremental.full_resync_every", "must be an integer >= 0 (0 disables full resyncs), got "
                        + describe(value.get()));
            }
        }
        return new IncrementalConfig(every);
    }

    private GuardrailsConfig guardrails(YamlNode.MapNode root) {
        Optional<YamlNode> node = optional(root, "", "guardrails");
        if (node.isEmpty() || isNull(node.get())) {
            return GuardrailsConfig.defaults();
        }
        YamlNode.MapNode map = asMap(node.get(), "guardrails");
        if (map == null) {
            return GuardrailsConfig.defaults();
        }
        checkKeys(map, "guardrails", List.of("rowcount_drop_ratio", "max_delete_ratio"));
        double drop = ratio(map, "rowcount_drop_ratio", GuardrailsConfig.DEFAULT_ROWCOUNT_DROP_RATIO);
        double delete = ratio(map, "max_delete_ratio", GuardrailsConfig.DEFAULT_MAX_DELETE_RATIO);
        return new GuardrailsConfig(drop, delete);
    }

    private double ratio(YamlNode.MapNode map, String key, double defaultValue) {
        Optional<YamlNode> value = optional(map, "guardrails", key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Object scalar = value.get() instanceof YamlNode.Scalar s ? s.value() : null;
        if (scalar instanceof Number number && number.doubleValue() >= 0.0 && number.doubleValue() <= 1.0) {
            return number.doubleValue();
        }
        problem("guardrails." + key, "must be a number between 0 and 1, got " + describe(value.get()));
        return defaultValue;
    }

    // ---- schema_mapping

    private List<SchemaMappingEntry> schemaMapping(YamlNode.MapNode root) {
        YamlNode node = required(root, "", "schema_mapping");
        List<SchemaMappingEntry> entries = new ArrayList<>();
        if (node == null) {
            return entries;
        }
        YamlNode.ListNode list = asList(node, "schema_mapping");
        if (list == null) {
            return entries;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = "schema_mapping[" + i + "]";
            YamlNode item = list.items().get(i);
            lines.put(path, item.line());
            SchemaMappingEntry entry = entry(item, path, i);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private SchemaMappingEntry entry(YamlNode node, String path, int index) {
        YamlNode.MapNode map = asMap(node, path);
        if (map == null) {
            return null;
        }
        checkKeys(map, path, ENTRY_KEYS);
        String name = requiredString(map, path, "name");
        String mapping = requiredString(map, path, "mapping");
        Optional<List<String>> identifiers = optional(map, path, "identifiers").filter(value -> !isNull(value))
                .map(value -> stringList(value, path + ".identifiers"));
        List<FieldMapping> fields = items(map, path, "fields", (item, itemPath) -> field(item, itemPath));
        List<FilterSpec> filters = items(map, path, "filters", (item, itemPath) -> filter(item, itemPath));
        List<TransformSpec> transforms = items(map, path, "transforms", (item, itemPath) -> transform(item, itemPath));
        if (name == null || mapping == null || identifiers.isPresent() && identifiers.get() == null) {
            return null;
        }
        return new SchemaMappingEntry(name, mapping, identifiers, fields, filters, transforms, index);
    }

    private interface ItemReader<T> {
        T read(YamlNode node, String path);
    }

    private <T> List<T> items(YamlNode.MapNode map, String path, String key, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        Optional<YamlNode> node = optional(map, path, key);
        if (node.isEmpty() || isNull(node.get())) {
            return items;
        }
        YamlNode.ListNode list = asList(node.get(), path + "." + key);
        if (list == null) {
            return items;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String itemPath = path + "." + key + "[" + i + "]";
            lines.put(itemPath, list.items().get(i).line());
            T item = reader.read(list.items().get(i), itemPath);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private FieldMapping field(YamlNode node, String path) {
        YamlNode.MapNode map = asMap(node, path);
        if (map == null) {
            return null;
        }
        checkKeys(map, path, FIELD_KEYS);
        String name = requiredString(map, path, "name");
        Optional<String> mapping = optional(map, path, "mapping").filter(value -> !isNull(value))
                .map(value -> string(value, path + ".mapping"));
        Optional<Object> constant = optional(map, path, "static").filter(value -> !isNull(value))
                .map(value -> interpolated(value, path + ".static", new ArrayList<>()));
        Optional<String> reference = optional(map, path, "reference").filter(value -> !isNull(value))
                .map(value -> string(value, path + ".reference"));
        if (name == null) {
            return null;
        }
        FieldSource source;
        if (reference.isPresent()) {
            if (constant.isPresent()) {
                problem(path + ".static", "a field cannot have both 'static' and 'reference'");
                return null;
            }
            if (mapping.isEmpty()) {
                problem(path + ".reference", "'reference' needs a 'mapping' that holds the peer");
                return null;
            }
            source = new FieldSource.Reference(mapping.get(), reference.get());
        } else if (constant.isPresent()) {
            source = new FieldSource.Static(constant.get());
        } else if (mapping.isPresent()) {
            source = new FieldSource.Path(mapping.get());
        } else {
            problem(path, "field '" + name + "' needs 'mapping' or 'static'");
            return null;
        }
        return new FieldMapping(name, source);
    }

    private FilterSpec filter(YamlNode node, String path) {
        YamlNode.MapNode map = asMap(node, path);
        if (map == null) {
            return null;
        }
        checkKeys(map, path, FILTER_KEYS);
        String field = requiredString(map, path, "field");
        String operationName = requiredString(map, path, "operation");
        Object value = optional(map, path, "value").map(item -> interpolated(item, path + ".value", new ArrayList<>())).orElse(null);
        if (operationName == null || field == null) {
            return null;
        }
        Optional<FilterOperation> operation = FilterOperation.bySymbol(operationName);
        if (operation.isEmpty()) {
            problem(path + ".operation", "unknown operation '" + operationName + "'" + didYouMean(operationName,
                    Arrays.stream(FilterOperation.values()).map(FilterOperation::symbol).toList()));
            return null;
        }
        if (!operation.get().isUnary() && optional(map, path, "value").isEmpty()) {
            problem(path, "operation '" + operationName + "' needs a 'value'");
            return null;
        }
        return new FilterSpec(field, operation.get(), value);
    }

    private TransformSpec transform(YamlNode node, String path) {
        YamlNode.MapNode map = asMap(node, path);
        if (map == null) {
            return null;
        }
        checkKeys(map, path, TRANSFORM_KEYS);
        String field = requiredString(map, path, "field");
        String expression = requiredString(map, path, "expression");
        return field == null || expression == null ? null : new TransformSpec(field, expression);
    }

    // ---- helpers

    private void checkKeys(YamlNode.MapNode map, String path, List<String> allowed) {
        map.entries().keySet().forEach(key -> {
            String keyPath = path.isEmpty() ? key : path + "." + key;
            lines.put(keyPath, map.keyLines().get(key));
            if (!allowed.contains(key)) {
                problem(keyPath, "unknown key '" + key + "'" + didYouMean(key, allowed)
                        + "; expected one of " + String.join(", ", allowed));
            }
        });
    }

    private Optional<YamlNode> optional(YamlNode.MapNode map, String path, String key) {
        return Optional.ofNullable(map.entries().get(key));
    }

    private YamlNode required(YamlNode.MapNode map, String path, String key) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            problem(path, "missing required key '" + key + "'");
        }
        return node;
    }

    private String requiredString(YamlNode.MapNode map, String path, String key) {
        YamlNode node = required(map, path, key);
        if (node == null) {
            return null;
        }
        String keyPath = path.isEmpty() ? key : path + "." + key;
        if (isNull(node)) {
            problem(keyPath, "must not be empty");
            return null;
        }
        return string(node, keyPath);
    }

    private String string(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text) {
            try {
                return interpolator.apply(text).value();
            } catch (IllegalArgumentException exception) {
                problem(path, node.line(), exception.getMessage());
                return null;
            }
        }
        problem(path, node.line(), "must be a string, got " + describe(node));
        return null;
    }

    private List<String> stringList(YamlNode node, String path) {
        YamlNode.ListNode list = asList(node, path);
        if (list == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            String itemPath = path + "[" + i + "]";
            lines.put(itemPath, list.items().get(i).line());
            String value = string(list.items().get(i), itemPath);
            ok &= value != null;
            values.add(value);
        }
        return ok ? values : null;
    }

    /** The plain value with {@code ${VAR}} applied to every string in it; the variables used are collected. */
    private Object interpolated(YamlNode node, String path, List<String> variables) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.value() instanceof String text) {
                try {
                    Interpolator.Result result = interpolator.apply(text);
                    variables.addAll(result.variables());
                    return result.value();
                } catch (IllegalArgumentException exception) {
                    problem(path, node.line(), exception.getMessage());
                    return text;
                }
            }
            return scalar.value();
        }
        if (node instanceof YamlNode.ListNode list) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                items.add(interpolated(list.items().get(i), path + "[" + i + "]", variables));
            }
            return Collections.unmodifiableList(items);
        }
        YamlNode.MapNode map = (YamlNode.MapNode) node;
        Map<String, Object> entries = new LinkedHashMap<>();
        map.entries().forEach((key, value) -> entries.put(key, interpolated(value, path + "." + key, variables)));
        return Collections.unmodifiableMap(entries);
    }

    private YamlNode.MapNode asMap(YamlNode node, String path) {
        if (node instanceof YamlNode.MapNode map) {
            return map;
        }
        problem(path, node.line(), "must be a mapping, got " + describe(node));
        return null;
    }

    private YamlNode.ListNode asList(YamlNode node, String path) {
        if (node instanceof YamlNode.ListNode list) {
            return list;
        }
        problem(path, node.line(), "must be a list, got " + describe(node));
        return null;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.value() == null;
    }

    private static String describe(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value() != null) {
            return YamlNode.typeName(node) + " (" + scalar.value() + ")";
        }
        return YamlNode.typeName(node);
    }

    private void problem(String path, String message) {
        problems.add(new ConfigProblem(file, new ConfigSource(file, lines).lineOf(path), path, message));
    }

    private void problem(String path, int line, String message) {
        lines.putIfAbsent(path, line);
        problems.add(new ConfigProblem(file, line, path, message));
    }

    private static String didYouMean(String wanted, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wanted.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
