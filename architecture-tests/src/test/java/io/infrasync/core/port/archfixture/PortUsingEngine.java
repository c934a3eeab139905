package io.infrasync.core.port.archfixture;

import io.infrasync.core.engine.archfixture.EngineHelper;

/** Deliberate violation: a port whose signature names an engine class. */
public interface PortUsingEngine {
    EngineHelper helper();
}
