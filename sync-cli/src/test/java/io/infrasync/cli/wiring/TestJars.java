package io.infrasync.cli.wiring;

import io.infrasync.spi.AdapterFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Packs compiled test classes into a plugin jar, as an adapter author's build would. */
final class TestJars {

    private TestJars() {
    }

    /** Writes a jar holding the factories (with their nested classes) and a service file listing them. */
    static Path pluginJar(Path jar, List<Class<? extends AdapterFactory>> factories) throws IOException {
        return jar(jar, factories, true);
    }

    /** Writes a jar holding the classes but no service file. */
    static Path jarWithoutServiceFile(Path jar, List<Class<? extends AdapterFactory>> factories) throws IOException {
        return jar(jar, factories, false);
    }

    private static Path jar(Path jar, List<Class<? extends AdapterFactory>> factories, boolean serviceFile)
            throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, new Manifest())) {
            for (Class<?> factory : factories) {
                for (Path classFile : classFiles(factory)) {
                    String name = factory.getPackageName().replace('.', '/') + "/" + classFile.getFileName();
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(classFile));
                    out.closeEntry();
                }
            }
            if (serviceFile) {
                out.putNextEntry(new JarEntry("META-INF/services/" + AdapterFactory.class.getName()));
                String names = factories.stream().map(Class::getName).collect(Collectors.joining("\n", "", "\n"));
                out.write(names.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<Path> classFiles(Class<?> type) throws IOException {
        Path main;
        try {
            main = Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        String prefix = type.getSimpleName();
        try (Stream<Path> siblings = Files.list(main.getParent())) {
            return siblings.filter(path -> {
                String name = path.getFileName().toString();
                return name.equals(prefix + ".class") || name.startsWith(prefix + "$");
            }).toList();
        }
    }
}
