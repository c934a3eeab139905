package io.infrasync.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text for {@code JSON} snapshot columns: stable on write (sorted keys), normalised on read (longs, doubles). */
final class JsonValues {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private JsonValues() {
    }

    static String write(Object tree) throws JsonProcessingException {
        return MAPPER.writeValueAsString(tree);
    }

    static Object read(String text) throws JsonProcessingException {
        return normalise(MAPPER.readValue(text, Object.class));
    }

    /** Integers become {@link Long} so that a value read back equals the value the engine wrote. */
    private static Object normalise(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put((String) key, normalise(element)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(normalise(element)));
            return copy;
        }
        return value;
    }
}
