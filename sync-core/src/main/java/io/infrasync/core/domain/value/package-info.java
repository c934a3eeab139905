/**
 * JSON-like attribute values (String, Integer/Long/BigInteger, Double/BigDecimal, Boolean, null, List,
 * Map) and the three ways the engine treats them: structural equality, Python-compatible text and JSON text.
 */
package io.infrasync.core.domain.value;
