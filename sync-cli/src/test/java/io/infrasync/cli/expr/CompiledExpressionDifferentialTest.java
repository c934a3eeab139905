package io.infrasync.cli.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.port.out.ExpressionEvaluator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every expression of a corpus against every record of a set through the compiled path and through
 * Jinjava alone, and requires the same result (value and type) or the same failure (message). The records
 * vary the types behind each name (text, integers of both widths, floats, booleans, lists, maps, None, a
 * missing key, unicode, padding), so each compiled rule meets the values it must leave to Jinjava too.
 */
class CompiledExpressionDifferentialTest {

    private static final ExpressionEvaluator COMPILING = new JinjavaExpressionEvaluator(true);
    private static final ExpressionEvaluator REFERENCE = new JinjavaExpressionEvaluator(false);

    /** Shapes the compiler must accept (each becomes a CompiledExpression). */
    static final List<String> COMPILED = List.of(
            // upstream examples (netbox/nautobot/infrahub configs)
            "{{ 'Default' if display == 'NULL' else display }}",
            "{{ 'default' if name == 'NULL' else name }}",
            "{{ cid.upper() }}",
            "{{ name.lower() if name else '' }}",
            "{{ serial.lower() if serial else '' }}",
            // variables, members, subscripts
            "{{ name }}", "{{ u_height }}", "{{ vid }}", "{{ tags }}", "{{ status }}", "{{ enabled }}",
            "{{ status.value }}", "{{ status['label'] }}", "{{ status.missing }}", "{{ site.name }}",
            "{{ site.tenant.name }}", "{{ tags[0] }}", "{{ tags[1] }}", "{{ tags[5] }}", "{{ tenant.name }}",
            // literals
            "{{ 'text' }}", "{{ \"double\" }}", "{{ 42 }}", "{{ -3 }}", "{{ 4.5 }}", "{{ true }}", "{{ False }}",
            "{{ none }}", "{{ None }}", "{{ 'Ünïcödé ✓' }}",
            // concatenation
            "{{ name ~ '-' ~ serial }}", "{{ site.name ~ '/' ~ name }}", "{{ name ~ u_height }}",
            "{{ name ~ tenant }}", "{{ 'x' ~ name|upper }}", "{{ (name ~ 'x')|upper }}", "{{ name ~ enabled }}",
            "{{ name ~ display }}", "{{ name ~ tags }}",
            // filters
            "{{ name|lower }}", "{{ name|upper }}", "{{ name.strip() }}", "{{ description|trim }}",
            "{{ name|replace('-', '_') }}", "{{ name.replace('-', '') }}", "{{ name|replace('', 'x') }}",
            "{{ name|default('none') }}", "{{ tenant|default('no tenant') }}", "{{ description|d('empty') }}",
            "{{ description|default('empty', true) }}", "{{ enabled|default('x', true) }}",
            "{{ tags|join(',') }}", "{{ tags|join }}", "{{ name|string }}", "{{ u_height|string }}",
            "{{ enabled|string }}", "{{ display|string }}", "{{ u_height|int }}", "{{ serial|int }}",
            "{{ vid|int }}", "{{ display|int }}", "{{ name|lower|replace(' ', '-') }}",
            "{{ status.value|upper }}", "{{ tenant|lower }}", "{{ u_height|lower }}",
            // conditionals and logic
            "{{ name if name else 'unnamed' }}", "{{ 'y' if description }}", "{{ 'y' if tags else 'n' }}",
            "{{ 'y' if status else 'n' }}", "{{ 'y' if u_height else 'n' }}", "{{ 'y' if display else 'n' }}",
            "{{ name and serial }}", "{{ name or 'fallback' }}", "{{ description or tenant }}",
            "{{ tenant or description }}", "{{ not name }}", "{{ not tags }}", "{{ not enabled }}",
            "{{ 'y' if name == 'r1' and u_height > 1 else 'n' }}", "{{ 'y' if not name or u_height else 'n' }}",
            // comparisons
            "{{ name == 'r1' }}", "{{ name != 'r1' }}", "{{ u_height == 2 }}", "{{ u_height == '2' }}",
            "{{ vid == u_height }}", "{{ enabled == true }}", "{{ tenant == none }}", "{{ u_height < 3 }}",
            "{{ u_height >= vid }}", "{{ name < 'm' }}", "{{ 'a' in name }}", "{{ 'a' in tags }}",
            "{{ 'a' not in tags }}", "{{ name in tags }}", "{{ display > 1 }}",
            // tests
            "{{ tenant is none }}", "{{ tenant is not none }}", "{{ name is defined }}", "{{ tenant is defined }}",
            "{{ tenant is undefined }}", "{{ name is string }}", "{{ u_height is number }}", "{{ name if name is not none else 'x' }}",
            "{{ tenant.name if tenant is not none else 'no tenant' }}",
            "{{ name is none or name == '' }}", "{{ name is not defined }}", "{{ tenant is not string }}",
            "{{ 'y' if tenant is not defined else 'n' }}", "{{ u_height is not number }}",
            // combinations
            "{{ tags[0]|upper }}", "{{ status.value ~ '' }}", "{{ display ~ '' }}", "{{ name|default(serial) }}",
            "{{ (name or serial)|lower }}", "{{ name ~ '' if name else none }}",
            "{{ name|int }}", "{{ description.strip()|lower|replace(' ', '_') }}", "{{ site.name|lower }}",
            "{{ not (name and serial) }}", "{{ name ~ serial == 'r112' }}",
            "{{ 'a' if name == 'r1' else 'b' if serial else 'c' }}", 
            "{{ name|replace(serial ~ '', 'X') }}", "{{ site['name']|lower }}", "{{ 007 }}",
            "{{ name or serial and enabled }}", "{{ name == 'r1' or not enabled }}", "{{ u_height != vid }}",
            "{{ tags[0] ~ tags[1] }}", "{{ name|default('a' if serial else 'b') }}", "{{ 'a' ~ name if serial else 'z' }}",
            "{{ name or serial if enabled else 'z' }}", "{{ name and serial or 'z' }}", "{{ 'ABC'|lower }}",
            "{{ site.tenant.name|lower }}", "{{\n  name\n}}", "{{ tenant.name is none }}", "{{ name ~ tenant is none }}", "{{ name == serial is none }}",
            "{{ 'a' ~ 'b' in name }}", "{{ not not name }}", "{{ (not name) == true }}", "{{ name|default('x')|upper }}", "{{ description|trim|default('empty', true) }}", "{{ 'y' if (name == 'r1' or serial == '12') and not enabled else 'n' }}");

    /** Compiled shapes whose values in these records are all left to Jinjava (a float compared with a number). */
    static final List<String> COMPILED_ALWAYS_FALLING_BACK = List.of("{{ u_height > 1.5 }}");

    /** Shapes left to Jinjava: they must not be compiled, and must still work. */
    static final List<String> INTERPRETED = List.of(
            "{{ u_height|float|round(0, 'ceil') }}", "{{ vid + 1 }}", "{{ tags|join(d='-') }}",
            "{{ 'a\\'b' }}", "{{ u_height < vid < 10 }}", "{{ name|title }}", "{{ tags[-1] }}",
            "{{ range(3) }}", "{{ name is divisibleby 3 }}", "{{ tags[u_height] }}",
            // Jinja reads these as not (...), Jinjava's EL as (not name) == ...
            "{{ not name == 'r1' }}", "{{ not 'a' in tags }}", "{{ not tenant is none }}", "{{ not name|upper }}",
            "{{ not name ~ 'x' }}",
            // syntax errors in Jinjava (a test after a filter, a filter after a test), not in Jinja
            "{{ name|upper is string }}", "{{ name is string|upper }}", "{{ tenant is none is none }}");

    static List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>();
        Map<String, Object> typical = record("DMI01-Akron", "AB12", "NULL", Map.of("value", "active", "label", "Active"),
                2, 41L, List.of("a", "b"), true, "", null,
                Map.of("id", 5, "name", "Site 5", "tenant", Map.of("name", "T")));
        typical.put("cid", "ntt-1");
        records.add(typical);
        records.add(record("r1", "12", "Shown", Map.of("value", "planned"), 1, 1, List.of(), false, "  padded \t",
                Map.of("name", "Tenant"), Map.of("name", "Ünïcödé")));
        records.add(record(null, null, null, null, null, null, null, null, null, null, null));
        records.add(record(5, 12L, 1.5, "active", 0, 7, List.of(1, 2), "yes", "\u00a0nbsp\u00a0", "", List.of("x")));
        records.add(record("İstanbul ß Ωmega 😀", "-7", "", Map.of(), 3L, 3, List.of("a", 1), 1, "x y",
                List.of(), Map.of()));
        records.add(record("", "", 2, List.of("a"), -1, 99999999999L, "ab", 0, "   ", false, "site"));
        records.add(record("a-b-c", "007", true, Map.of("value", 1), 2.0, 2, List.of("b", "a"), 0L, "tail ", 0,
                Map.of("name", 5)));
        Map<String, Object> partial = new HashMap<>();
        partial.put("name", "only-name");
        records.add(partial);
        records.add(new HashMap<>());
        return records;
    }

    private static Map<String, Object> record(Object name, Object serial, Object display, Object status,
            Object uHeight, Object vid, Object tags, Object enabled, Object description, Object tenant, Object site) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", name);
        record.put("serial", serial);
        record.put("display", display);
        record.put("status", status);
        record.put("u_height", uHeight);
        record.put("vid", vid);
        record.put("tags", tags);
        record.put("enabled", enabled);
        record.put("description", description);
        record.put("tenant", tenant);
        record.put("site", site);
        record.put("cid", name);
        return record;
    }

    static Stream<String> compiledExpressions() {
        return Stream.concat(COMPILED.stream(), COMPILED_ALWAYS_FALLING_BACK.stream());
    }

    static Stream<String> interpretedExpressions() {
        return INTERPRETED.stream();
    }

    @ParameterizedTest
    @MethodSource("compiledExpressions")
    void compiledPathAgreesWithJinjavaOnEveryRecord(String expression) {
        ExpressionEvaluator.Compiled compiled = COMPILING.compile(expression);
        assertThat(compiled).as("compiled: %s", expression).isInstanceOf(CompiledExpression.class);
        ExpressionEvaluator.Compiled reference = REFERENCE.compile(expression);
        for (Map<String, Object> record : records()) {
            Outcome expected = Outcome.of(reference, record);
            assertThat(Outcome.of(compiled, record)).as("%s with %s", expression, record).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("interpretedExpressions")
    void shapesOutsideTheSubsetStayWithJinjava(String expression) {
        ExpressionEvaluator.Compiled compiled = COMPILING.compile(expression);
        assertThat(compiled).as("not compiled: %s", expression).isNotInstanceOf(CompiledExpression.class);
        ExpressionEvaluator.Compiled reference = REFERENCE.compile(expression);
        for (Map<String, Object> record : records()) {
            assertThat(Outcome.of(compiled, record)).as("%s with %s", expression, record)
                    .isEqualTo(Outcome.of(reference, record));
        }
    }

    /**
     * Guards against a compiler that falls back for everything: every compiled expression evaluates at least one
     * record in Java alone, and the tree's own value is then Jinjava's.
     */
    @Test
    void everyCompiledExpressionEvaluatesSomeRecordsWithoutJinjava() {
        int total = 0;
        int direct = 0;
        for (String expression : COMPILED) {
            CompiledExpression compiled = (CompiledExpression) COMPILING.compile(expression);
            ExpressionEvaluator.Compiled reference = REFERENCE.compile(expression);
            int directForExpression = 0;
            for (Map<String, Object> record : records()) {
                if (!record.keySet().containsAll(FreeVariables.of(PythonMethods.rewrite(expression)))) {
                    continue; // strict undefined fails before the tree runs
                }
                total++;
                Object value;
                try {
                    value = JinjavaExpressionEvaluator.toNative(compiled.tree().eval(record));
                } catch (Fallback outsideSubset) {
                    continue;
                }
                direct++;
                directForExpression++;
                assertThat(new Outcome(value, null)).as("%s with %s", expression, record)
                        .isEqualTo(Outcome.of(reference, record));
            }
            assertThat(directForExpression).as("records evaluated in Java for %s", expression).isPositive();
        }
        assertThat(direct).as("records evaluated in Java").isGreaterThan(total / 2);
    }

    @Test
    void undefinedNamesFailWithTheSameMessageOnBothPaths() {
        Map<String, Object> record = Map.of("name", "x");
        Outcome compiled = Outcome.of(COMPILING.compile("{{ serial.lower() if serial else name }}"), record);
        assertThat(compiled.failure()).isEqualTo("'{{ serial.lower() if serial else name }}': 'serial' is undefined");
        assertThat(compiled).isEqualTo(Outcome.of(REFERENCE.compile("{{ serial.lower() if serial else name }}"), record));
    }

    @Test
    void aFailedRecordDoesNotPoisonTheNextOnTheSameThread() {
        ExpressionEvaluator.Compiled failing = REFERENCE.compile("{{ enabled == 1 }}");
        ExpressionEvaluator.Compiled fine = REFERENCE.compile("{{ name|upper }}");
        assertThat(Outcome.of(failing, Map.of("enabled", true)).failure()).isNotNull();
        assertThat(fine.evaluate(Map.of("name", "ok"))).isEqualTo("OK");
    }

    /** A result with its type, or a failure message. */
    record Outcome(Object value, String failure) {

        static Outcome of(ExpressionEvaluator.Compiled compiled, Map<String, Object> record) {
            try {
                return new Outcome(compiled.evaluate(record), null);
            } catch (ExpressionEvaluator.ExpressionException exception) {
                return new Outcome(null, exception.getMessage());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome that && Objects.equals(failure, that.failure)
                    && Objects.equals(value, that.value)
                    && Objects.equals(value == null ? null : value.getClass(), that.value == null ? null : that.value.getClass());
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, failure);
        }
    }
}
