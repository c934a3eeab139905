package io.infrasync.sandbox.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryGeneratorTest {

    @Test
    void sameSeedGivesTheSameInventory() {
        assertThat(InventoryGenerator.generate(42, 5_000)).isEqualTo(InventoryGenerator.generate(42, 5_000));
    }

    @Test
    void anotherSeedGivesAnotherInventory() {
        assertThat(InventoryGenerator.generate(1, 5_000)).isNotEqualTo(InventoryGenerator.generate(2, 5_000));
    }

    @Test
    void sizeIsApproximatelyTheRequestedObjectCount() {
        for (int size : List.of(10_000, 100_000)) { // small sizes add ~30 fixed objects (tags, vendors, types, roles)
            int actual = InventoryGenerator.generate(3, size).size();
            assertThat(actual).as("size %d", size).isBetween((int) (size * 0.9), (int) (size * 1.1));
        }
    }

    @Test
    void referencesPointInsideTheirListsAndNaturalKeysAreUnique() {
        Inventory inventory = InventoryGenerator.generate(9, 50_000);
        inventory.devices().forEach(d -> {
            assertThat(d.site()).isBetween(0, inventory.sites().size() - 1);
            assertThat(d.deviceType()).isBetween(0, inventory.deviceTypes().size() - 1);
            assertThat(inventory.racks().get(d.rack()).site()).isEqualTo(d.site());
        });
        inventory.ipAddresses().forEach(a -> assertThat(a.interfaceIndex()).isLessThan(inventory.interfaces().size()));
        assertThat(new HashSet<>(inventory.devices().stream().map(Inventory.Device::name).toList()))
                .hasSize(inventory.devices().size());
        assertThat(new HashSet<>(inventory.sites().stream().map(Inventory.Site::slug).toList()))
                .hasSize(inventory.sites().size());
        assertThat(new HashSet<>(inventory.ipAddresses().stream().map(Inventory.IpAddress::address).toList()))
                .hasSize(inventory.ipAddresses().size());
        inventory.interfaces().forEach(i -> assertThat(i.stamps().lastUpdated()).isAfterOrEqualTo(i.stamps().created()));
    }

    @Test
    void rejectsEmptySizes() {
        assertThatThrownBy(() -> InventoryGenerator.generate(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
    }
}
