package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IpRangeTest {

    @Test
    void parsesAddressesNetworksAndRanges() {
        assertThat(IpRange.parse("10.0.0.1").first()).isEqualTo(BigInteger.valueOf(0x0A000001L));
        IpRange network = IpRange.parse("192.168.1.77/24");
        assertThat(network.first()).isEqualTo(BigInteger.valueOf(0xC0A80100L));
        assertThat(network.last()).isEqualTo(BigInteger.valueOf(0xC0A801FFL));
        IpRange v6 = IpRange.parse("2001:db8::/126");
        assertThat(v6.version()).isEqualTo(6);
        assertThat(v6.last().subtract(v6.first())).isEqualTo(BigInteger.valueOf(3));
        assertThat(IpRange.parse("::").first()).isEqualTo(BigInteger.ZERO);
        assertThat(IpRange.parse("fe80::1%eth0").first()).isEqualTo(IpRange.parse("fe80::1").first());
        assertThat(IpRange.parse("1:2:3:4:5:6:7:8").first()).isEqualTo(IpRange.parse("1:2:3:4:5:6:0.7.0.8").first());
    }

    @Test
    void rejectsMalformedText() {
        for (String bad : new String[] {"10.0.0", "256.0.0.1", "010.0.0.1", "1::2::3", "1:2:3:4:5:6:7:8:9", "10.0.0.0/33",
                "2001:db8::/129", "10.0.0.9-10.0.0.1", "zz::1", "10.0.0.0/255.0.255.0", ""}) {
            assertThatThrownBy(() -> IpRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
