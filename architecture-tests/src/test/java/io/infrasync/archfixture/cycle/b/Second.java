package io.infrasync.archfixture.cycle.b;

import io.infrasync.archfixture.cycle.a.First;

/** Deliberate violation: the other half of a package cycle. */
public class Second {
    First first;
}
