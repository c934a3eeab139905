package io.infrasync.core.port.in;

import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.model.Capability;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * One run of a sync: its validated configuration, the opened adapters and the switches.
 *
 * <p>The caller opens and closes the adapters. {@code source} is not read by {@code apply} and may be
 * {@code null} there.
 *
 * @param config                  the validated {@code config.yml}
 * @param source                  the source adapter (side A)
 * @param destination             the destination adapter (side B); must declare {@link Capability#SCHEMA}
 * @param destinationCapabilities what the destination adapter declares (decides whether deletes are sent)
 * @param settings                the switches
 * @param progress                where progress goes
 */
public record RunRequest(
        SyncConfig config,
        Adapter source,
        Adapter destination,
        Set<Capability> destinationCapabilities,
        RunSettings settings,
        RunProgress progress) {

    /** Validates. */
    public RunRequest {
        requireNonNull(config, "config is null");
        requireNonNull(destination, "destination is null");
        destinationCapabilities = Set.copyOf(destinationCapabilities);
        requireNonNull(settings, "settings is null");
        requireNonNull(progress, "progress is null");
    }
}
