package io.infrasync.cli;

import picocli.CommandLine.Option;

/** How {@code diff} and {@code sync} load the two sides. */
final class LoadSwitches {

    @Option(names = "--concurrent-load", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Load source and destination at the same time (default); --no-concurrent-load loads the"
                    + " source, then the destination.")
    boolean concurrentLoad = true;

    @Option(names = "--full-extract", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read every record (default). --no-full-extract reads only what changed since the last"
                    + " applied or dry-run run where that is safe (see docs/incremental.md), and records in run.json"
                    + " why any resource was still read in full.")
    boolean fullExtract = true;

    @Option(names = "--show-progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show progress on the error stream (default): live lines on a terminal, periodic log lines"
                    + " otherwise.")
    boolean showProgress = true;
}
