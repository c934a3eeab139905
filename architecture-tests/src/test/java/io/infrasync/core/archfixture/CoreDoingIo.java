package io.infrasync.core.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;

/** Deliberate violation: JSON and networking inside sync-core. */
public class CoreDoingIo {
    public Object parse(String json) throws Exception {
        return new ObjectMapper().readTree(json).get(URI.create("http://127.0.0.1/").getHost());
    }
}
