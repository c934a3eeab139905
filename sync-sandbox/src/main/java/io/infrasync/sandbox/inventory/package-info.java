/**
 * Seed-based synthetic network inventories in a product-neutral form, rendered by each emulator
 * into its own wire shapes.
 */
package io.infrasync.sandbox.inventory;
