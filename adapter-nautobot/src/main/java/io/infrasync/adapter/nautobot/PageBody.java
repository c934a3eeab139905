package io.infrasync.adapter.nautobot;

import java.util.List;
import java.util.Map;

/**
 * The list envelope of a paginated answer: {@code {"count", "next", "previous", "results"}}.
 *
 * @param count   the total number of matching objects
 * @param next    the URL of the next page, or null on the last one
 * @param results the objects of this page
 */
record PageBody(Long count, String next, List<Map<String, Object>> results) {

    PageBody {
        results = results == null ? List.of() : results;
    }
}
