package io.infrasync.sandbox.infrahub;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Splits Infrahub field paths ({@code site__name__value}) once and remembers the parts: paths repeat a lot. */
final class Paths {

    private static final Map<String, String[]> CACHE = new ConcurrentHashMap<>();

    private Paths() {
    }

    static String[] split(String path) {
        return CACHE.computeIfAbsent(path, p -> p.split("__"));
    }
}
