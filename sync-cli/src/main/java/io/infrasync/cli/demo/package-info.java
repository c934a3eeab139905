/**
 * What the {@code demo} command needs besides the commands it runs: the loopback sandboxes it starts,
 * the environment that points the example configuration at them, and the reading of a run's summary.
 */
package io.infrasync.cli.demo;
