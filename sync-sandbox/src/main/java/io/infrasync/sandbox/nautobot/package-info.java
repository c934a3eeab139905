/**
 * A loopback emulator of the Nautobot 2.x REST API; start it with
 * {@link io.infrasync.sandbox.nautobot.NautobotSandbox#start(io.infrasync.sandbox.nautobot.NautobotOptions)}.
 */
package io.infrasync.sandbox.nautobot;
