package io.infrasync.core.engine.archfixture;

/** Deliberate violation: a public engine class that implements no port. */
public class EngineHelper {
    public int answer() {
        return 42;
    }
}
