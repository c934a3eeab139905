package io.infrasync.cli.wiring;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.SpiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The adapters this process can use: built-in factories found with {@link ServiceLoader} on the host
 * class path, plus plugin factories from the configured plugin locations, each plugin in its own
 * {@link PluginClassLoader}.
 *
 * <p>Discovery fails with an {@link AdapterRegistryException} when a location is missing, a plugin jar
 * registers no factory, a factory cannot be loaded, or two factories share an id. Adapters that load
 * but cannot run here (another SPI major version, an invalid id or capability set) are kept and listed
 * with their problem, and refused when opened, so {@code infrahub-sync adapters} can show them.
 *
 * <p>Thread-safe after construction. Closing the registry closes the plugin class loaders: close every
 * adapter opened from it first.
 */
public final class AdapterRegistry implements AutoCloseable {

    private static final Pattern VALID_ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final String SERVICE_FILE = "META-INF/services/" + AdapterFactory.class.getName();

    private final Map<String, Entry> entries;
    private final List<PluginClassLoader> loaders;

    private record Entry(AdapterFactory factory, AdapterDescriptor descriptor, ClassLoader loader) {
    }

    private AdapterRegistry(Map<String, Entry> entries, List<PluginClassLoader> loaders) {
        this.entries = entries;
        this.loaders = loaders;
    }

    /**
     * Discovers the built-in adapters of this installation and the plugins at the given locations.
     *
     * @param plugins the plugin locations, from {@link AdapterPaths#collect}
     * @return the registry
     * @throws AdapterRegistryException if discovery fails
     */
    public static AdapterRegistry discover(List<AdapterPathEntry> plugins) {
        return discover(AdapterFactory.class.getClassLoader(), plugins);
    }

    /**
     * Discovers the adapters registered in {@code host}'s class path and at the given plugin locations.
     *
     * @param host the class loader of the built-in adapters; plugin loaders take the SPI classes from it
     * @param plugins the plugin locations
     * @return the registry
     * @throws AdapterRegistryException if discovery fails
     */
    public static AdapterRegistry discover(ClassLoader host, List<AdapterPathEntry> plugins) {
        Objects.requireNonNull(host, "host is null");
        List<PluginClassLoader> loaders = new ArrayList<>();
        try {
            Map<String, Entry> entries = new TreeMap<>();
            for (AdapterFactory factory : load(host, "the class path")) {
                register(entries, factory, host, true, "the class path");
            }
            for (PluginLocation plugin : pluginLocations(plugins)) {
                PluginClassLoader loader = new PluginClassLoader(plugin.path(), plugin.jars(), host);
                loaders.add(loader);
                String where = plugin.path() + " (from " + plugin.origin() + ")";
                List<AdapterFactory> factories = load(loader, where);
                if (factories.isEmpty()) {
                    throw new AdapterRegistryException("no adapter found in " + where + ": a plugin jar must list its "
                            + "AdapterFactory in " + SERVICE_FILE);
                }
                for (AdapterFactory factory : factories) {
                    register(entries, factory, loader, false, where);
                }
            }
            return new AdapterRegistry(entries, List.copyOf(loaders));
        } catch (RuntimeException | Error e) {
            closeAll(loaders, e);
            throw e;
        }
    }

    /**
     * Every discovered adapter, sorted by id, usable or not.
     *
     * @return an immutable list
     */
    public List<AdapterDescriptor> adapters() {
        return entries.values().stream().map(Entry::descriptor).toList();
    }

    /**
     * The ids of the usable adapters, sorted.
     *
     * @return an immutable list
     */
    public List<String> usableIds() {
        return entries.values().stream().map(Entry::descriptor).filter(AdapterDescriptor::usable)
                .map(AdapterDescriptor::id).toList();
    }

    /**
     * Looks an adapter up by id.
     *
     * @param id the id from {@code config.yml}
     * @return the descriptor
     * @throws AdapterRegistryException naming the available ids if there is no such adapter
     */
    public AdapterDescriptor descriptor(String id) {
        return entry(id).descriptor();
    }

    /**
     * Opens an adapter: checks it is usable and supports the requested branch, opens it with the
     * plugin's class loader as context class loader, and wraps it so that undeclared operations fail
     * with the canonical unsupported error without reaching the adapter.
     *
     * @param id the adapter's id
     * @param settings the user's settings
     * @param context what the host provides
     * @return the open adapter; the caller closes it
     * @throws AdapterRegistryException if the id is unknown, the adapter is unusable or does not support branches
     * @throws io.infrasync.spi.AdapterException if the adapter refuses the settings or the connection
     */
    public Adapter open(String id, AdapterSettings settings, AdapterContext context) {
        Entry entry = entry(id);
        AdapterDescriptor descriptor = entry.descriptor();
        descriptor.problem().ifPresent(problem -> {
            throw new AdapterRegistryException(problem);
        });
        if (settings.branch().isPresent() && !descriptor.capabilities().contains(Capability.BRANCHES)) {
            throw new AdapterRegistryException("adapter '" + id + "' does not support branches, but branch '"
                    + settings.branch().get() + "' was requested");
        }
        Adapter adapter = ContextClassLoader.call(entry.loader(), () -> entry.factory().open(settings, context));
        if (adapter == null) {
            throw new AdapterRegistryException("adapter '" + id + "' in " + descriptor.location()
                    + " returned no adapter from open()");
        }
        return new GuardedAdapter(adapter, descriptor.capabilities(), entry.loader());
    }

    @Override
    public void close() {
        closeAll(loaders, null);
    }

    private Entry entry(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            String available = entries.isEmpty() ? "none" : String.join(", ", entries.keySet());
            throw new AdapterRegistryException("unknown adapter '" + id + "'; available adapters: " + available
                    + " (add a plugin with --adapter-path, adapters_path or " + AdapterPaths.ENVIRONMENT_VARIABLE + ")");
        }
        return entry;
    }

    private static List<AdapterFactory> load(ClassLoader loader, String where) {
        try {
            return ServiceLoader.load(AdapterFactory.class, loader).stream()
                    // a plugin loader must only answer its own jars, not providers that reach it by delegation
                    .filter(provider -> !(loader instanceof PluginClassLoader) || provider.type().getClassLoader() == loader)
                    .map(ServiceLoader.Provider::get)
                    .toList();
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new AdapterRegistryException("cannot load an adapter factory from " + where + ": " + e.getMessage(), e);
        }
    }

    private static void register(Map<String, Entry> entries, AdapterFactory factory, ClassLoader loader,
            boolean builtIn, String where) {
        String location = locationOf(factory.getClass(), where);
        AdapterDescriptor descriptor;
        try {
            descriptor = describe(factory, location, builtIn);
        } catch (RuntimeException | LinkageError e) {
            throw new AdapterRegistryException("adapter factory " + factory.getClass().getName() + " in " + location
                    + " failed to describe itself: " + e, e);
        }
        Entry previous = entries.get(descriptor.id());
        if (previous != null) {
            throw new AdapterRegistryException("adapter id '" + descriptor.id() + "' is provided twice: by "
                    + previous.descriptor().location() + " and by " + location + "; remove one of them");
        }
        entries.put(descriptor.id(), new Entry(factory, descriptor, loader));
    }

    private static AdapterDescriptor describe(AdapterFactory factory, String location, boolean builtIn) {
        String id = Objects.requireNonNull(factory.id(), "id() returned null");
        SpiVersion spiVersion = Objects.requireNonNull(factory.spiVersion(), "spiVersion() returned null");
        Set<Capability> capabilities = Set.copyOf(Objects.requireNonNull(factory.capabilities(),
                "capabilities() returned null"));
        String version = Objects.requireNonNullElse(factory.version(), "unknown");
        String description = Objects.requireNonNullElse(factory.description(), "");
        return new AdapterDescriptor(id, version, spiVersion, capabilities, location, builtIn, description,
                problemOf(id, spiVersion, capabilities, location));
    }

    private static Optional<String> problemOf(String id, SpiVersion spiVersion, Set<Capability> capabilities,
            String location) {
        SpiVersion host = Spi.current();
        if (spiVersion.major() != host.major()) {
            return Optional.of("adapter '" + id + "' in " + location + " was built for adapter SPI " + spiVersion
                    + ", but this infrahub-sync provides SPI " + host + ": use a build of the adapter for SPI "
                    + host.major() + ".x");
        }
        if (!spiVersion.runsOn(host)) {
            return Optional.of("adapter '" + id + "' in " + location + " was built for adapter SPI " + spiVersion
                    + ", newer than the SPI " + host + " this infrahub-sync provides: upgrade infrahub-sync");
        }
        if (!VALID_ID.matcher(id).matches()) {
            return Optional.of("adapter id '" + id + "' in " + location
                    + " is invalid: use lower case letters, digits, '-' and '_', starting with a letter");
        }
        Set<Capability> missing = Capability.missingImplied(capabilities);
        if (!missing.isEmpty()) {
            return Optional.of("adapter '" + id + "' in " + location + " declares capabilities without the ones they imply: "
                    + "add " + missing.stream().map(Capability::name).sorted().collect(Collectors.joining(", ")));
        }
        return Optional.empty();
    }

    private static String locationOf(Class<?> type, String fallback) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return fallback;
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    /** One class loader's worth of plugin: a jar, or a folder of jars (an adapter and its libraries). */
    private record PluginLocation(Path path, List<URL> jars, String origin) {
    }

    /**
     * Expands the configured locations: a jar is one plugin; a folder's own jars form one plugin, and
     * each sub-folder holding jars is another (Trino's one-folder-per-plugin layout).
     */
    private static List<PluginLocation> pluginLocations(List<AdapterPathEntry> entries) {
        Map<Path, PluginLocation> plugins = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (AdapterPathEntry entry : entries) {
            Path path = entry.path();
            if (!seen.add(path)) {
                continue;
            }
            if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
                plugins.putIfAbsent(path, new PluginLocation(path, List.of(url(path)), entry.origin()));
            } else if (Files.isDirectory(path)) {
                addFolder(plugins, path, entry.origin());
                for (Path child : sorted(path)) {
                    if (Files.isDirectory(child)) {
                        addFolder(plugins, child, entry.origin());
                    }
                }
            } else if (Files.exists(path)) {
                throw new AdapterRegistryException("adapter path " + path + " (from " + entry.origin()
                        + ") is neither a .jar file nor a folder");
            } else {
                throw new AdapterRegistryException("adapter path " + path + " (from " + entry.origin() + ") does not exist");
            }
        }
        return List.copyOf(plugins.values());
    }

    private static void addFolder(Map<Path, PluginLocation> plugins, Path folder, String origin) {
        List<URL> jars = sorted(folder).stream()
                .filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".jar"))
                .map(AdapterRegistry::url).toList();
        if (!jars.isEmpty()) {
            plugins.putIfAbsent(folder, new PluginLocation(folder, jars, origin));
        }
    }

    private static List<Path> sorted(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list adapter folder " + folder, e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new AdapterRegistryException("invalid adapter path " + path, e);
        }
    }

    private static void closeAll(List<PluginClassLoader> loaders, Throwable primary) {
        for (PluginClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                if (primary != null) {
                    primary.addSuppressed(e);
                }
                // a jar that cannot be closed keeps a file handle until exit; nothing else to do
            }
        }
    }
}
