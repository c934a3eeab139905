/**
 * The validated {@code config.yml}: immutable records that the YAML loader (in {@code sync-cli}) builds and
 * the mapping engine consumes. Parsing and file access stay outside the core; these types only carry
 * values, their defaults and where in the file each key came from, so that later checks (against the
 * destination schema) can still name the file, line and key path.
 */
package io.infrasync.core.domain.config;
