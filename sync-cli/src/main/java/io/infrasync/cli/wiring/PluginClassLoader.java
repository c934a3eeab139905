package io.infrasync.cli.wiring;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads one plugin (a jar, or a folder holding an adapter jar and its libraries) in isolation, as
 * Trino's plugin loader does: the parent is the platform class loader, so the plugin cannot see the
 * host's libraries (picocli, Jackson, Parquet) and brings its own versions; only the SPI packages are
 * taken from the host, so that {@code AdapterFactory} and the model values are the same classes on
 * both sides.
 */
final class PluginClassLoader extends URLClassLoader {

    static final String SPI_PACKAGE_PREFIX = "io.infrasync.spi.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;
    private final Path location;

    PluginClassLoader(Path location, List<URL> jars, ClassLoader host) {
        super("adapter-plugin:" + location.getFileName(), jars.toArray(URL[]::new), getPlatformClassLoader());
        this.host = host;
        this.location = location;
    }

    /** The jar or folder this loader was built for, as named in messages. */
    Path location() {
        return location;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE_PREFIX)) {
            return host.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
