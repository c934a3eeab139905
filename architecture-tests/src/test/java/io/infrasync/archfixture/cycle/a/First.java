package io.infrasync.archfixture.cycle.a;

import io.infrasync.archfixture.cycle.b.Second;

/** Deliberate violation: half of a package cycle. */
public class First {
    Second second;
}
