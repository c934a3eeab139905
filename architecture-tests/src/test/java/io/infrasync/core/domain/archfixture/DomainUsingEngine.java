package io.infrasync.core.domain.archfixture;

import io.infrasync.core.engine.archfixture.EngineHelper;

/** Deliberate violation: the domain reaching out into the engine. */
public class DomainUsingEngine {
    public int value() {
        return new EngineHelper().answer();
    }
}
