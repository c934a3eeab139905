/**
 * The result of a diff: a tree of {@link io.infrasync.core.domain.diff.DiffElement}s grouped by type in
 * {@link io.infrasync.core.domain.diff.Diff}s, with actions, attribute diffs, summaries and renderings
 * exactly as diffsync's {@code Diff} and {@code DiffElement}.
 */
package io.infrasync.core.domain.diff;
