package io.infrasync.sandbox.netbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * NetBox's filterset semantics for the emulated models: {@code id} and timestamp lookups
 * ({@code __n/__gt/__gte/__lt/__lte}), string lookups, related objects by id ({@code site_id}) or
 * slug/name ({@code site}), choices, {@code tag}/{@code tag_id}, {@code q}. Repeated values are OR-ed
 * (tags AND-ed); empty values are ignored; unknown parameters are ignored, as NetBox does; malformed
 * values raise {@link InvalidRequest} with Django's messages.
 */
final class RowFilter implements Predicate<Map<String, Object>> {

    /** Parameters that steer the view rather than filter it. */
    static final Set<String> CONTROL = Set.of("limit", "offset", "brief", "fields", "omit", "exclude", "ordering",
            "format", "start", "include");
    private static final Set<String> STRING_LOOKUPS = Set.of("n", "ic", "nic", "isw", "nisw", "iew", "niew", "ie",
            "nie", "empty", "regex", "iregex");
    private static final Set<String> NUMBER_LOOKUPS = Set.of("n", "gt", "gte", "lt", "lte", "empty");

    private final List<Predicate<Map<String, Object>>> predicates = new ArrayList<>();
    /** The smallest id the filters allow, so that a scan can start with a binary search. */
    private long minimumId = Long.MIN_VALUE;

    private RowFilter() {
    }

    static RowFilter parse(ModelSpec spec, Map<String, List<String>> query, NetboxStore store) {
        RowFilter filter = new RowFilter();
        query.forEach((param, rawValues) -> {
            List<String> values = rawValues.stream().filter(v -> !v.isEmpty()).toList();
            if (!CONTROL.contains(param) && !values.isEmpty()) {
                filter.add(spec, param, values, store);
            }
        });
        return filter;
    }

    boolean isEmpty() {
        return predicates.isEmpty();
    }

    long minimumId() {
        return minimumId;
    }

    @Override
    public boolean test(Map<String, Object> row) {
        for (Predicate<Map<String, Object>> predicate : predicates) {
            if (!predicate.test(row)) {
                return false;
            }
        }
        return true;
    }

    private void add(ModelSpec spec, String param, List<String> values, NetboxStore store) {
        int split = param.lastIndexOf("__");
        String base = split < 0 ? param : param.substring(0, split);
        String lookup = split < 0 ? "" : param.substring(split + 2);
        if (base.equals("id")) {
            numeric(param, "id", lookup, values, true);
        } else if (base.equals("created") || base.equals("last_updated")) {
            timestamps(param, base, lookup, values);
        } else if (base.equals("q") && lookup.isEmpty()) {
            String needle = values.get(0).toLowerCase(Locale.ROOT);
            predicates.add(row -> String.valueOf(row.get(spec.displayField())).toLowerCase(Locale.ROOT).contains(needle)
                    || String.valueOf(row.get("description")).toLowerCase(Locale.ROOT).contains(needle));
        } else if ((base.equals("tag") || base.equals("tag_id")) && spec.field("tags").isPresent()) {
            tags(param, base.equals("tag_id"), lookup, values, store);
        } else if (base.equals("family") && spec.field("family").isPresent()) {
            List<String> families = values;
            predicates.add(row -> families.contains(String.valueOf(row.getOrDefault("prefix", row.get("address")))
                    .contains(":") ? "6" : "4"));
        } else if (base.endsWith("_id") && relatedField(spec, base.substring(0, base.length() - 3)).isPresent()) {
            FieldSpec field = relatedField(spec, base.substring(0, base.length() - 3)).get();
            related(param, field, lookup, values, store, true);
        } else {
            Optional<FieldSpec> field = spec.field(base);
            if (field.isEmpty() || !field.get().presentIn(store.version())) {
                return; // unknown filters are ignored by NetBox
            }
            switch (field.get().kind()) {
                case STRING, NULLABLE_STRING -> strings(param, base, lookup, values);
                case INTEGER, DECIMAL -> numeric(param, base, lookup, values, false);
                case CHOICE -> choices(param, field.get(), lookup, values);
                case BOOLEAN -> booleans(base, values);
                case FOREIGN_KEY -> {
                    if (field.get().target() != null) {
                        related(param, field.get(), lookup, values, store, false);
                    }
                }
                default -> { }
            }
        }
    }

    private static Optional<FieldSpec> relatedField(ModelSpec spec, String name) {
        return spec.field(name).filter(f -> f.target() != null && f.isRelation());
    }

    private void numeric(String param, String field, String lookup, List<String> values, boolean isId) {
        if (!NUMBER_LOOKUPS.contains(lookup) && !lookup.isEmpty()) {
            return;
        }
        if (lookup.equals("empty")) {
            boolean empty = Boolean.parseBoolean(values.get(0));
            predicates.add(row -> (row.get(field) == null) == empty);
            return;
        }
        List<Double> numbers = new ArrayList<>();
        for (String value : values) {
            try {
                numbers.add(isId ? (double) Long.parseLong(value.trim()) : Double.parseDouble(value.trim()));
            } catch (NumberFormatException e) {
                throw new InvalidRequest(param, "Enter a number.");
            }
        }
        if (isId && (lookup.equals("gt") || lookup.equals("gte"))) {
            double smallest = numbers.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            minimumId = Math.max(minimumId, (long) smallest + (lookup.equals("gt") ? 1 : 0));
        }
        predicates.add(row -> {
            Object raw = row.get(field);
            if (raw == null) {
                return lookup.equals("n");
            }
            double have = Double.parseDouble(raw.toString());
            return lookup.equals("n") ? numbers.stream().noneMatch(n -> n == have)
                    : numbers.stream().anyMatch(n -> compare(have, n, lookup));
        });
    }

    private static boolean compare(double have, double wanted, String lookup) {
        return switch (lookup) {
            case "gt" -> have > wanted;
            case "gte" -> have >= wanted;
            case "lt" -> have < wanted;
            case "lte" -> have <= wanted;
            default -> have == wanted;
        };
    }

    private void timestamps(String param, String field, String lookup, List<String> values) {
        if (!NUMBER_LOOKUPS.contains(lookup) && !lookup.isEmpty() || lookup.equals("empty")) {
            return;
        }
        List<Instant> instants = new ArrayList<>();
        for (String value : values) {
            instants.add(parseDateTime(param, value));
        }
        predicates.add(row -> {
            Instant have = (Instant) row.get(field);
            if (have == null) {
                return lookup.equals("n");
            }
            return lookup.equals("n") ? instants.stream().noneMatch(have::equals)
                    : instants.stream().anyMatch(i -> compare(have.compareTo(i), 0, lookup));
        });
    }

    /** Django's DateTimeField input formats: ISO 8601 with or without offset, space or T, or a date. */
    static Instant parseDateTime(String param, String value) {
        String text = value.trim().replace(' ', 'T');
        if (text.endsWith("z")) {
            text = text.substring(0, text.length() - 1) + "Z";
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw new InvalidRequest(param, "Enter a valid date/time.");
                }
            }
        }
    }

    private void strings(String param, String field, String lookup, List<String> values) {
        if (!lookup.isEmpty() && !STRING_LOOKUPS.contains(lookup)) {
            return;
        }
        if (lookup.equals("empty")) {
            boolean empty = Boolean.parseBoolean(values.get(0));
            predicates.add(row -> (row.get(field) == null || row.get(field).toString().isEmpty()) == empty);
            return;
        }
        List<Pattern> patterns = new ArrayList<>();
        if (lookup.endsWith("regex")) {
            for (String value : values) {
                try {
                    patterns.add(Pattern.compile(value, lookup.equals("iregex") ? Pattern.CASE_INSENSITIVE : 0));
                } catch (PatternSyntaxException e) {
                    throw new InvalidRequest(param, "Invalid regular expression: " + e.getDescription());
                }
            }
        }
        boolean negate = lookup.startsWith("n") && !lookup.isEmpty();
        String positive = negate ? lookup.substring(1) : lookup;
        predicates.add(row -> {
            String have = row.get(field) == null ? "" : row.get(field).toString();
            boolean any = false;
            for (int i = 0; i < values.size() && !any; i++) {
                any = lookup.endsWith("regex") ? patterns.get(i).matcher(have).find()
                        : matchString(have, values.get(i), positive);
            }
            return negate != any;
        });
    }

    private static boolean matchString(String have, String wanted, String lookup) {
        String h = have.toLowerCase(Locale.ROOT);
        String w = wanted.toLowerCase(Locale.ROOT);
        return switch (lookup) {
            case "ic" -> h.contains(w);
            case "isw" -> h.startsWith(w);
            case "iew" -> h.endsWith(w);
            case "ie" -> h.equals(w);
            default -> have.equals(wanted);
        };
    }

    private void choices(String param, FieldSpec field, String lookup, List<String> values) {
        if (!lookup.isEmpty() && !lookup.equals("n")) {
            return;
        }
        for (String value : values) {
            if (!field.choices().containsKey(value)) {
                throw new InvalidRequest(field.name(), "Select a valid choice. " + value
                        + " is not one of the available choices.");
            }
        }
        boolean negate = lookup.equals("n");
        predicates.add(row -> negate != values.contains(String.valueOf(row.get(field.name()))));
    }

    private void booleans(String field, List<String> values) {
        String value = values.get(0).toLowerCase(Locale.ROOT);
        Boolean wanted = switch (value) {
            case "true", "1", "yes", "on" -> Boolean.TRUE;
            case "false", "0", "no", "off" -> Boolean.FALSE;
            default -> null; // NullBooleanField turns anything else into "no filter"
        };
        if (wanted != null) {
            predicates.add(row -> wanted.equals(Boolean.TRUE.equals(row.get(field))));
        }
    }

    /** {@code site_id=3}, {@code site=nyc}, {@code site_id=null}, with {@code __n}; unknown targets are a 400. */
    private void related(String param, FieldSpec field, String lookup, List<String> values, NetboxStore store,
            boolean byId) {
        if (!lookup.isEmpty() && !lookup.equals("n")) {
            return;
        }
        ModelSpec target = NetboxModels.require(field.target());
        List<Long> ids = new ArrayList<>();
        boolean wantsNull = false;
        for (String value : values) {
            if (value.equals("null")) {
                wantsNull = true;
                continue;
            }
            Optional<Long> id;
            if (byId) {
                try {
                    long parsed = Long.parseLong(value.trim());
                    id = store.row(target.endpoint(), parsed) != null ? Optional.of(parsed) : Optional.empty();
                } catch (NumberFormatException e) {
                    id = Optional.empty();
                }
            } else {
                id = store.findOne(target.endpoint(), Map.of(target.lookupField(), value));
            }
            if (id.isEmpty()) {
                throw new InvalidRequest(param, "Select a valid choice. " + value
                        + " is not one of the available choices.");
            }
            ids.add(id.get());
        }
        boolean includeNull = wantsNull;
        boolean negate = lookup.equals("n");
        String name = field.name();
        predicates.add(row -> {
            Object have = row.get(name);
            boolean match;
            if (have instanceof List<?> list) {
                match = list.stream().anyMatch(ids::contains) || (includeNull && list.isEmpty());
            } else {
                match = have == null ? includeNull : ids.contains((Long) have);
            }
            return negate != match;
        });
    }

    /** {@code tag=a&tag=b} needs both (AND); {@code tag__n} excludes; unknown slugs are a 400. */
    private void tags(String param, boolean byId, String lookup, List<String> values, NetboxStore store) {
        if (!lookup.isEmpty() && !lookup.equals("n")) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            Optional<Long> id;
            if (byId) {
                try {
                    long parsed = Long.parseLong(value.trim());
                    id = store.row("extras/tags", parsed) != null ? Optional.of(parsed) : Optional.empty();
                } catch (NumberFormatException e) {
                    id = Optional.empty();
                }
            } else {
                id = store.findOne("extras/tags", Map.of("slug", value));
            }
            if (id.isEmpty()) {
                throw new InvalidRequest(param, "Select a valid choice. " + value
                        + " is not one of the available choices.");
            }
            ids.add(id.get());
        }
        boolean negate = lookup.equals("n");
        predicates.add(row -> {
            List<?> have = (List<?>) row.getOrDefault("tags", List.of());
            return negate ? ids.stream().noneMatch(have::contains) : have.containsAll(ids);
        });
    }
}
