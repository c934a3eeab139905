package io.infrasync.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.spi.model.HttpSettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProxySelectorTest {

    @Test
    void theProxySelectorUsesTheConfiguredProxyOrNone() {
        AdapterContext direct = AdapterContext.builder().build();
        assertThat(direct.proxySelector().select(URI.create("https://netbox.example"))).containsExactly(Proxy.NO_PROXY);
        AdapterContext proxied = AdapterContext.builder()
                .http(HttpSettings.defaults().withProxy(URI.create("http://proxy.example:3128"))).build();
        assertThat(proxied.proxySelector().select(URI.create("https://netbox.example")))
                .singleElement().satisfies(proxy -> assertThat(proxy.address())
                        .isEqualTo(InetSocketAddress.createUnresolved("proxy.example", 3128)));
        AdapterContext defaultPort = AdapterContext.builder()
                .http(HttpSettings.defaults().withProxy(URI.create("https://proxy.example"))).build();
        assertThat(defaultPort.proxySelector().select(URI.create("https://netbox.example")))
                .singleElement().satisfies(proxy -> assertThat(proxy.address())
                        .isEqualTo(InetSocketAddress.createUnresolved("proxy.example", 443)));
    }
}
