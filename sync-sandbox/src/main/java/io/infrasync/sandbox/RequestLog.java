package io.infrasync.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Every request a server answered, in completion order, for tests to assert on. Thread-safe. */
public final class RequestLog {

    /**
     * One answered request.
     *
     * @param method upper-case HTTP method
     * @param path   the path, without query string
     * @param query  the raw query string (empty when none)
     * @param status the status answered, or 0 when the connection was dropped before a status was sent
     * @param body   the request body as text (GraphQL documents are asserted on)
     */
    public record Entry(String method, String path, String query, int status, String body) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void record(Entry entry) {
        entries.add(entry);
    }

    /** A snapshot of the entries so far. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** How many entries match. */
    public long count(Predicate<Entry> predicate) {
        return entries.stream().filter(predicate).count();
    }

    /** Forgets every entry. */
    public void clear() {
        entries.clear();
    }
}
