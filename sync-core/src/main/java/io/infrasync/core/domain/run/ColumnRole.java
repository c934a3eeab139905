package io.infrasync.core.domain.run;

/** Whether a snapshot column is one of the object's identifiers or an ordinary attribute. */
public enum ColumnRole {
    IDENTIFIER, ATTRIBUTE
}
