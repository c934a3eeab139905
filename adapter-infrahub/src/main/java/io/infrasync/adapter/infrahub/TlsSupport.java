package io.infrasync.adapter.infrahub;

import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** Builds the TLS context: the JDK's authorities plus a CA bundle, or no verification at all when asked. */
final class TlsSupport {

    private TlsSupport() {
    }

    static SSLContext sslContext(boolean verify, Optional<Path> caBundle) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            if (!verify) {
                context.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
                return context;
            }
            if (caBundle.isEmpty()) {
                return SSLContext.getDefault();
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (X509Certificate issuer : defaultTrustManager().getAcceptedIssuers()) {
                store.setCertificateEntry("jdk-" + index++, issuer);
            }
            try (InputStream in = Files.newInputStream(caBundle.get())) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("bundle-" + index++, certificate);
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            context.init(null, factory.getTrustManagers(), new SecureRandom());
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting 'ca_bundle': cannot load "
                    + caBundle.map(Path::toString).orElse("the TLS settings") + ": " + e.getMessage(), e);
        }
    }

    private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK has no X.509 trust manager");
    }

    /** verify_ssl: false. Extended, so that HttpClient also skips the host-name check. */
    private static final class TrustingManager extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // verification disabled on purpose (verify_ssl: false)
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // verification disabled on purpose (verify_ssl: false)
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // verification disabled on purpose (verify_ssl: false)
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // verification disabled on purpose (verify_ssl: false)
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // verification disabled on purpose (verify_ssl: false)
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // verification disabled on purpose (verify_ssl: false)
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
