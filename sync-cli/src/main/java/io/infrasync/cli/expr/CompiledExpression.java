package io.infrasync.cli.expr;

import io.infrasync.core.port.out.ExpressionEvaluator;
import java.util.List;
import java.util.Map;

/**
 * A single {@code {{ expression }}} compiled to a {@link ExpressionNode} tree. The strict-undefined check is the one the
 * Jinjava path runs, so undefined names fail with the same message; a {@link Fallback} from the tree hands the
 * record to Jinjava.
 */
final class CompiledExpression implements ExpressionEvaluator.Compiled {

    private final ExpressionNode tree;
    private final String expression;
    private final List<String> variables;
    private final ExpressionEvaluator.Compiled interpreted;

    CompiledExpression(ExpressionNode tree, String expression, List<String> variables, ExpressionEvaluator.Compiled interpreted) {
        this.tree = tree;
        this.expression = expression;
        this.variables = variables;
        this.interpreted = interpreted;
    }

    @Override
    public Object evaluate(Map<String, Object> context) {
        JinjavaExpressionEvaluator.checkDefined(variables, context, expression);
        Object value;
        try {
            value = tree.eval(context);
        } catch (RuntimeException outsideSubset) {
            // Fallback by design; anything else would be a gap in the tree, and Jinjava's answer is authoritative
            return interpreted.evaluate(context);
        }
        return JinjavaExpressionEvaluator.toNative(value);
    }

    /** The compiled tree, for tests that check which expressions are compiled. */
    ExpressionNode tree() {
        return tree;
    }
}
