package io.infrasync.spi.archfixture;

import com.fasterxml.jackson.databind.JsonNode;

/** Deliberate violation: a library type in the SPI. */
public interface SpiUsingJackson {
    JsonNode read();
}
