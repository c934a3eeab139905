package io.infrasync.example.csv;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.SpiVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code csv-folder} adapter: each {@code <resource>.csv} file of a folder is a resource.
 *
 * <p>Settings ({@code config.yml}):
 * <pre>
 * source:
 *   name: csv-folder
 *   settings:
 *     directory: data          # required; relative to the config file's folder
 *     id_column: id            # optional; the column holding the local id
 *     unique_column: name      # optional; creates with a taken value fail with CONFLICT
 *     page_size: 500           # optional; rows per page when the host gives no hint
 * </pre>
 */
public final class CsvFolderAdapterFactory implements AdapterFactory {

    /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public CsvFolderAdapterFactory() {
        // stateless
    }

    @Override
    public String id() {
        return "csv-folder";
    }

    @Override
    public SpiVersion spiVersion() {
        // Compile-time constants: the SPI version this jar was built against, not the host's.
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.READ, Capability.SCHEMA, Capability.LIST_IDS, Capability.WRITE, Capability.DELETE);
    }

    @Override
    public String description() {
        return "records from a folder of CSV files (example plugin)";
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        Path directory = context.baseDirectory().resolve(settings.requireString("directory")).normalize();
        if (!Files.isDirectory(directory)) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting 'directory': folder " + directory
                    + " does not exist");
        }
        long pageSize = settings.integer("page_size", 500);
        if (pageSize < 1 || pageSize > 100_000) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting 'page_size' must be between 1 and 100000, got "
                    + pageSize);
        }
        return new CsvFolderAdapter(directory, settings.string("id_column").orElse("id"),
                settings.string("unique_column").orElse("name"), (int) pageSize, context);
    }
}
