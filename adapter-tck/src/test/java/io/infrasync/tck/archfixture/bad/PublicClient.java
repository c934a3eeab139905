package io.infrasync.tck.archfixture.bad;

import java.time.Instant;

/** Breaks every rule on purpose: public, reads the process environment and clock, prints, uses JUL. */
public final class PublicClient {

    String describe() {
        String token = System.getenv("NETBOX_TOKEN");
        System.out.println("token length " + token.length());
        java.util.logging.Logger.getLogger("x").info("at " + Instant.now());
        return token;
    }
}
