package io.eventwire.sink.index;

import io.eventwire.sink.consume.StoppedWhileRetrying;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Plain HTTP to Elasticsearch or OpenSearch ({@code java.net.http}, no client library: the sink needs three
 * endpoints). Connection failures, timeouts, 429 and 5xx answers are retried with {@link Backoff} until the
 * engine answers otherwise; the caller sees only final answers. A failed TLS handshake is not retried.
 */
public final class EngineClient {

    private static final Logger LOG = LoggerFactory.getLogger(EngineClient.class);

    /** An answer that is not to be retried. */
    public record Response(int status, byte[] body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final EngineSettings settings;
    private final Backoff backoff;
    private final HttpClient http;
    private final Optional<String> authorization;

    public EngineClient(EngineSettings settings, Backoff backoff) {
        this.settings = settings;
        this.backoff = backoff;
        HttpClient.Builder builder = HttpClient.newBuilder()
                // Elasticsearch speaks HTTP/1.1; no h2c upgrade attempt on plain http.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout());
        if (settings.url().getScheme().equalsIgnoreCase("https")) {
            builder.sslContext(sslContext(settings));
        }
        this.http = builder.build();
        this.authorization = settings.apiKey().map(key -> "ApiKey " + key)
                .or(() -> settings.username().map(user -> "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + settings.password().orElseThrow()).getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Sends {@code body} (null for none) and returns the first answer that is not a transient failure.
     *
     * @throws StoppedWhileRetrying when the sink is stopped while waiting to retry
     */
    public Response send(String method, String path, String contentType, List<byte[]> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url() + path))
                .timeout(settings.requestTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArrays(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpRequest built = request.build();
        for (int attempt = 1; ; attempt++) {
            String failure;
            try {
                HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status != 429 && status < 500) {
                    if (attempt > 1) {
                        LOG.info("{} {} answered after {} attempts", method, path, attempt);
                    }
                    return new Response(status, response.body());
                }
                failure = "HTTP " + status;
            } catch (IOException e) {
                if (e instanceof SSLHandshakeException || e.getCause() instanceof SSLHandshakeException) {
                    // A certificate that is not trusted stays untrusted: waiting would hide a configuration error.
                    throw new IllegalStateException("TLS handshake with " + settings.url() + " failed ("
                            + e.getMessage() + "); set es.tls.ca.file to the engine's CA certificate", e);
                }
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoppedWhileRetrying("interrupted while sending to " + settings.url());
            }
            if (attempt == 1 || attempt % 10 == 0) {
                LOG.warn("{} {}{} failed ({}), attempt {}; retrying with backoff", method, settings.url(), path,
                        failure, attempt);
            }
            backoff.await(attempt);
        }
    }

    private static SSLContext sslContext(EngineSettings settings) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            if (settings.insecure()) {
                context.init(null, new TrustManager[]{new TrustAll()}, null);
            } else if (settings.caFile().isPresent()) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                try (InputStream in = Files.newInputStream(settings.caFile().get())) {
                    int n = 0;
                    for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                        store.setCertificateEntry("ca-" + n++, certificate);
                    }
                }
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                context.init(null, factory.getTrustManagers(), null);
            } else {
                return SSLContext.getDefault();
            }
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read es.tls.ca.file " + settings.caFile().orElse(null), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS for " + settings.url() + ": " + e.getMessage(), e);
        }
    }

    /** es.tls.insecure: accepts any certificate for any host name (development engines with self-signed certs). */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
