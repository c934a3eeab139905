package io.infrasync.core.mapping;

/** Which side a session maps: filters and transforms apply to the source side only. */
public enum Side { SOURCE, DESTINATION }
