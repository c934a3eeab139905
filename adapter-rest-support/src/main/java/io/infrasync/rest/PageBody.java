package io.infrasync.rest;

import java.util.List;
import java.util.Map;

/**
 * The list envelope of a paginated answer: {@code {"count", "next", "previous", "results"}}.
 *
 * @param count   the total number of matching objects (null in NetBox 4.6 cursor mode, which the adapters do not use)
 * @param next    the URL of the next page, or null on the last one
 * @param results the objects of this page
 */
public record PageBody(Long count, String next, List<Map<String, Object>> results) {

    /** Creates a page; absent {@code results} become an empty list. */
    public PageBody {
        results = results == null ? List.of() : results;
    }
}
