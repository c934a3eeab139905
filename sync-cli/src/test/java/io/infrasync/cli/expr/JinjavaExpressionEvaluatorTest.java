package io.infrasync.cli.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.port.out.ExpressionEvaluator;
import io.infrasync.core.port.out.ExpressionEvaluator.ExpressionException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JinjavaExpressionEvaluatorTest {

    private final ExpressionEvaluator evaluator = new JinjavaExpressionEvaluator();

    private Object eval(String expression, Map<String, Object> record) {
        return evaluator.compile(expression).evaluate(record);
    }

    @Test
    void singleExpressionKeepsNativeTypes() {
        assertThat(eval("{{ u_height|float|round(0, 'ceil') }}", Map.of("u_height", 1.5))).isEqualTo(2.0);
        assertThat(eval("{{ vid + 1 }}", Map.of("vid", 41))).isEqualTo(42L);
        assertThat(eval("{{ enabled }}", Map.of("enabled", true))).isEqualTo(true);
        assertThat(eval("{{ tags }}", Map.of("tags", List.of("a", "b")))).isEqualTo(List.of("a", "b"));
    }

    @Test
    void conditionalExpressionsAndPythonStringMethods() {
        assertThat(eval("{{ 'default' if name == 'NULL' else name }}", Map.of("name", "NULL"))).isEqualTo("default");
        assertThat(eval("{{ name.lower() if name else '' }}", Map.of("name", "DMI01-Akron"))).isEqualTo("dmi01-akron");
        assertThat(eval("{{ cid.upper() }}", Map.of("cid", "ntt-1"))).isEqualTo("NTT-1");
    }

    @Test
    void noneMeansUnset() {
        Map<String, Object> record = new HashMap<>();
        record.put("serial", null);
        assertThat(eval("{{ serial }}", record)).isNull();
    }

    @Test
    void recordsNeverSeeEachOthersValues() {
        ExpressionEvaluator.Compiled compiled = evaluator.compile("{{ name }}");
        Map<String, Object> empty = new HashMap<>();
        empty.put("name", null);
        for (int i = 0; i < 3000; i++) {
            assertThat(compiled.evaluate(Map.of("name", "n" + i))).isEqualTo("n" + i);
            assertThat(compiled.evaluate(empty)).isNull();
        }
    }

    @Test
    void compiledExpressionsAreSafeAcrossThreads() throws InterruptedException {
        ExpressionEvaluator.Compiled compiled = evaluator.compile("{{ value * 2 }}");
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t * 100_000;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    Object result = compiled.evaluate(Map.of("value", offset + i));
                    if (!Long.valueOf(2L * (offset + i)).equals(result)) {
                        failures.add(new AssertionError("got " + result + " for " + (offset + i)));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void templatesRenderToTextReadAsPythonLiterals() {
        assertThat(eval("{{ a }}-{{ b }}", Map.of("a", "x", "b", "y"))).isEqualTo("x-y");
        assertThat(eval("{{ a }}{{ b }}", Map.of("a", 4, "b", 2))).isEqualTo(42L);
        assertThat(eval("{{ serial.lower() if serial else '' }}}", Map.of("serial", "AB"))).isEqualTo("ab}");
    }

    @Test
    void unknownVariableIsAnError() {
        ExpressionEvaluator.Compiled compiled = evaluator.compile("{{ missing.lower() }}");
        assertThatThrownBy(() -> compiled.evaluate(Map.of("name", "x"))).isInstanceOf(ExpressionException.class);
    }

    @Test
    void strictUndefinedIgnoresNamesTheTemplateBindsOrThatAreNotVariables() {
        Map<String, Object> record = Map.of("tags", List.of("a", "b"), "device", Map.of("name", "r1"), "x", 1);
        assertThat(eval("{% for t in tags %}{{ t|upper }},{% endfor %}", record)).isEqualTo("A,B,");
        assertThat(eval("{{ device.name ~ '-' ~ x }}", record)).isEqualTo("r1-1");
        assertThat(eval("{{ x is defined and device.name is string }}", record)).isEqualTo(true);
        assertThat(eval("{{ tags|join(d='-') if true else none }}", record)).isNotNull();
        assertThatThrownBy(() -> eval("{{ device.name ~ missing }}", record))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("'missing' is undefined");
    }

    @Test
    void syntaxErrorsFailAtCompile() {
        assertThatThrownBy(() -> evaluator.compile("{% if %}")).isInstanceOf(ExpressionException.class);
    }

    @Test
    void testNamesAfterIsNotAreNotVariables() {
        assertThat(eval("{{ x is not defined }}", Map.of("x", 1))).isEqualTo(false);
        assertThat(eval("{{ 'none' if x is not none else 'some' }}", Map.of("x", "v"))).isEqualTo("none");
    }

    @Test
    void aFailingRecordDoesNotFailTheNextOnesOnTheSameThread() {
        // arithmetic is not compiled: both records go through this thread's Jinjava interpreter
        ExpressionEvaluator.Compiled compiled = evaluator.compile("{{ value + 1 }}");
        assertThat(compiled).isNotInstanceOf(CompiledExpression.class);
        assertThatThrownBy(() -> compiled.evaluate(Map.of("value", true))).isInstanceOf(ExpressionException.class);
        assertThat(compiled.evaluate(Map.of("value", 41))).isEqualTo(42L);
        assertThat(evaluator.compile("{{ name|title }}").evaluate(Map.of("name", "ok"))).isEqualTo("Ok");
    }

    @Test
    void compiledExpressionsAreSafeAcrossThreadsToo() throws InterruptedException {
        ExpressionEvaluator.Compiled compiled = evaluator.compile("{{ name|upper ~ '-' ~ id if name else 'none' }}");
        assertThat(compiled).isInstanceOf(CompiledExpression.class);
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t * 100_000;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    // every third record holds a float id, which the compiled tree hands to Jinjava
                    Object id = i % 3 == 0 ? (Object) (offset + i + 0.5) : (Object) (offset + i);
                    Object result = compiled.evaluate(Map.of("name", "n" + i, "id", id));
                    if (!("N" + i + "-" + id).equals(result)) {
                        failures.add(new AssertionError("got " + result + " for " + id));
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
