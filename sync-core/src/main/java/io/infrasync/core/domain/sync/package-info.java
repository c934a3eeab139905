/** The options of a diff or sync run: global flags, progress and result callbacks, diff factory. */
package io.infrasync.core.domain.sync;
