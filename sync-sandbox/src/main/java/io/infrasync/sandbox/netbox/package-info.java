/**
 * A loopback emulator of the NetBox 4.x REST API; start it with
 * {@link io.infrasync.sandbox.netbox.NetboxSandbox#start(io.infrasync.sandbox.netbox.NetboxOptions)}.
 */
package io.infrasync.sandbox.netbox;
