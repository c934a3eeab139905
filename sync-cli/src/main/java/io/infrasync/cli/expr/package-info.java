/** The Jinja implementation of the core's {@link io.infrasync.core.port.out.ExpressionEvaluator}, on Jinjava. */
package io.infrasync.cli.expr;
