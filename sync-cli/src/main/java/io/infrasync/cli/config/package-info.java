/**
 * Loading {@code config.yml}: YAML with line numbers (Jackson's YAML module), {@code ${VAR}} interpolation,
 * environment overrides, validation into {@link io.infrasync.core.domain.config.SyncConfig}, and discovery
 * of configurations under a directory. Entry points: {@link io.infrasync.cli.config.ConfigLoader} and
 * {@link io.infrasync.cli.config.ConfigDiscovery}.
 */
package io.infrasync.cli.config;
