package io.infrasync.sandbox.nautobot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Nautobot's filtersets with STRICT_FILTERING: every parameter must be a known filter (else 400
 * {@code {"<param>": ["Unknown filter field"]}}); values are validated (UUIDs, datetimes, related
 * objects by UUID or name); repeated values are OR-ed.
 */
final class NautobotFilter implements Predicate<Map<String, Object>> {

    /** Parameters of the view, not of the filterset. */
    static final Set<String> CONTROL = Set.of("limit", "offset", "depth", "sort", "include", "exclude_m2m", "format",
            "api_version", "brief");
    private static final Set<String> STRING_LOOKUPS = Set.of("n", "ic", "nic", "isw", "nisw", "iew", "niew", "ie",
            "nie", "re", "nre", "ire", "nire", "isnull");
    private static final Set<String> NUMBER_LOOKUPS = Set.of("n", "lt", "lte", "gt", "gte", "isnull");

    /** A 400 answer body. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Map<String, List<String>> errors;

        Invalid(Map<String, List<String>> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }

    private final List<Predicate<Map<String, Object>>> predicates = new ArrayList<>();

    static NautobotFilter parse(Model model, Map<String, List<String>> query, NautobotStore store) {
        NautobotFilter filter = new NautobotFilter();
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        query.forEach((param, values) -> {
            if (CONTROL.contains(param)) {
                return;
            }
            if (!filter.add(model, param, values.stream().filter(v -> !v.isEmpty()).toList(), store)) {
                unknown.put(param, List.of("Unknown filter field"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new Invalid(unknown);
        }
        return filter;
    }

    boolean isEmpty() {
        return predicates.isEmpty();
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

    /** Adds one filter; false when the filterset has no such filter. */
    private boolean add(Model model, String param, List<String> values, NautobotStore store) {
        int split = param.lastIndexOf("__");
        String base = split < 0 ? param : param.substring(0, split);
        String lookup = split < 0 ? "" : param.substring(split + 2);
        if (base.equals("q") && lookup.isEmpty()) {
            if (!values.isEmpty()) {
                String needle = values.get(0).toLowerCase(Locale.ROOT);
                predicates.add(row -> String.valueOf(row.get(model.display())).toLowerCase(Locale.ROOT).contains(needle));
            }
            return true;
        }
        if (base.equals("id")) {
            return (lookup.isEmpty() || lookup.equals("n")) && ids(param, lookup, values);
        }
        if (base.equals("created") || base.equals("last_updated")) {
            return (lookup.isEmpty() || NUMBER_LOOKUPS.contains(lookup)) && times(param, base, lookup, values);
        }
        if (base.equals("tags") || base.equals("tag")) {
            return (lookup.isEmpty() || lookup.equals("n")) && related(param, "tags", "extras/tags", lookup, values, store);
        }
        Optional<Field> field = model.field(base);
        if (field.isEmpty() || field.get().kind() == Kind.COUNT || field.get().kind() == Kind.JSON) {
            return false;
        }
        Field f = field.get();
        if (f.isRelation()) {
            return (lookup.isEmpty() || lookup.equals("n") || lookup.equals("isnull"))
                    && related(param, f.name(), f.target(), lookup, values, store);
        }
        if (f.kind() == Kind.INTEGER) {
            return (lookup.isEmpty() || NUMBER_LOOKUPS.contains(lookup)) && numbers(param, f.name(), lookup, values);
        }
        if (f.kind() == Kind.BOOLEAN) {
            if (!lookup.isEmpty() || values.isEmpty()) {
                return lookup.isEmpty();
            }
            boolean wanted = Set.of("true", "1", "yes", "on").contains(values.get(0).toLowerCase(Locale.ROOT));
            predicates.add(row -> wanted == Boolean.TRUE.equals(row.get(f.name())));
            return true;
        }
        if (!lookup.isEmpty() && !STRING_LOOKUPS.contains(lookup)) {
            return false;
        }
        strings(f.name(), lookup, values);
        return true;
    }

    private boolean ids(String param, String lookup, List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value.trim()));
            } catch (IllegalArgumentException e) {
                throw new Invalid(Map.of(param, List.of("“" + value + "” is not a valid UUID.")));
            }
        }
        if (!ids.isEmpty()) {
            boolean negate = lookup.equals("n");
            predicates.add(row -> negate != ids.contains(row.get("id")));
        }
        return true;
    }

    private boolean times(String param, String field, String lookup, List<String> values) {
        if (lookup.equals("isnull")) {
            return true;
        }
        List<Instant> instants = new ArrayList<>();
        for (String value : values) {
            instants.add(parseDateTime(param, value));
        }
        if (!instants.isEmpty()) {
            predicates.add(row -> {
                Instant have = (Instant) row.get(field);
                if (have == null) {
                    return lookup.equals("n");
                }
                return lookup.equals("n") ? !instants.contains(have)
                        : instants.stream().anyMatch(i -> compare(have.compareTo(i), lookup));
            });
        }
        return true;
    }

    private boolean numbers(String param, String field, String lookup, List<String> values) {
        if (lookup.equals("isnull")) {
            return true;
        }
        List<Long> numbers = new ArrayList<>();
        for (String value : values) {
            try {
                numbers.add(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                throw new Invalid(Map.of(param, List.of("Enter a number.")));
            }
        }
        if (!numbers.isEmpty()) {
            predicates.add(row -> {
                Object raw = row.get(field);
                if (raw == null) {
                    return lookup.equals("n");
                }
                long have = ((Number) raw).longValue();
                return lookup.equals("n") ? !numbers.contains(have)
                        : numbers.stream().anyMatch(n -> compare(Long.compare(have, n), lookup));
            });
        }
        return true;
    }

    private static boolean compare(int comparison, String lookup) {
        return switch (lookup) {
            case "gt" -> comparison > 0;
            case "gte" -> comparison >= 0;
            case "lt" -> comparison < 0;
            case "lte" -> comparison <= 0;
            default -> comparison == 0;
        };
    }

    private void strings(String field, String lookup, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (lookup.equals("isnull")) {
            boolean wanted = Boolean.parseBoolean(values.get(0));
            predicates.add(row -> (row.get(field) == null) == wanted);
            return;
        }
        boolean negate = lookup.startsWith("n");
        String positive = negate ? lookup.substring(1) : lookup;
        predicates.add(row -> {
            String have = row.get(field) == null ? "" : row.get(field).toString();
            boolean any = values.stream().anyMatch(v -> match(have, v, positive));
            return negate != any;
        });
    }

    private static boolean match(String have, String wanted, String lookup) {
        String h = have.toLowerCase(Locale.ROOT);
        String w = wanted.toLowerCase(Locale.ROOT);
        return switch (lookup) {
            case "ic" -> h.contains(w);
            case "isw" -> h.startsWith(w);
            case "iew" -> h.endsWith(w);
            case "ie" -> h.equals(w);
            case "re" -> Pattern.compile(wanted).matcher(have).find();
            case "ire" -> Pattern.compile(wanted, Pattern.CASE_INSENSITIVE).matcher(have).find();
            default -> have.equals(wanted);
        };
    }

    /** FK filters take a UUID or the related object's name; {@code null} matches no relation. */
    private boolean related(String param, String field, String target, String lookup, List<String> values,
            NautobotStore store) {
        if (values.isEmpty()) {
            return true;
        }
        if (lookup.equals("isnull")) {
            boolean wanted = Boolean.parseBoolean(values.get(0));
            predicates.add(row -> isEmptyRelation(row.get(field)) == wanted);
            return true;
        }
        NautobotStore.Rows rows = store.rows(target);
        List<UUID> ids = new ArrayList<>();
        boolean wantsNull = false;
        for (String value : values) {
            if (value.equals("null")) {
                wantsNull = true;
                continue;
            }
            Optional<UUID> id = store.lookup(rows, value);
            if (id.isEmpty()) {
                throw new Invalid(Map.of(param, List.of("Select a valid choice. " + value
                        + " is not one of the available choices.")));
            }
            ids.add(id.get());
        }
        boolean includeNull = wantsNull;
        boolean negate = lookup.equals("n");
        predicates.add(row -> {
            Object have = row.get(field);
            boolean match = have instanceof List<?> list ? list.stream().anyMatch(ids::contains)
                    || (includeNull && list.isEmpty()) : have == null ? includeNull : ids.contains(have);
            return negate != match;
        });
        return true;
    }

    private static boolean isEmptyRelation(Object value) {
        return value == null || (value instanceof List<?> list && list.isEmpty());
    }

    static Instant parseDateTime(String param, String value) {
        String text = value.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw new Invalid(Map.of(param, List.of("Enter a valid date/time.")));
                }
            }
        }
    }
}
