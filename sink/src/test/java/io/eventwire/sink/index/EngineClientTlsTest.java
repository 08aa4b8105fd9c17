package io.eventwire.sink.index;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.eventwire.contracts.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** https to an engine with a self-signed certificate: trusted through es.tls.ca.file, refused without it. */
class EngineClientTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Assumptions.assumeTrue(Files.isExecutable(keytool), "no keytool in this JDK to make a test certificate");
        Path keystore = dir.resolve("engine.p12");
        run(keytool.toString(), "-genkeypair", "-alias", "engine", "-keyalg", "EC", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", PASSWORD);
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "engine", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-file", dir.resolve("ca.pem").toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"ok\":true}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private EngineClient client(String... pairs) {
        Map<String, String> values = new HashMap<>(Map.of("es.url", "https://127.0.0.1:" + server.getAddress().getPort(),
                "es.retry.initial.ms", "1", "es.retry.max.ms", "5"));
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        EngineSettings settings = EngineSettings.from(Settings.of(values));
        return new EngineClient(settings, new Backoff(settings.backoffInitial(), settings.backoffMax(),
                new CountDownLatch(1)));
    }

    @Test
    void theEnginesCaFileMakesItsCertificateTrusted() {
        EngineClient client = client("es.tls.ca.file", dir.resolve("ca.pem").toString(), "es.api.key", "aWQ6a2V5");
        authorizations.clear();
        assertEquals(200, client.send("GET", "/", null, null).status());
        assertEquals(List.of("ApiKey aWQ6a2V5"), authorizations);
    }

    @Test
    void anUntrustedCertificateIsAnErrorNotSomethingToWaitFor() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> client().send("GET", "/", null, null));
        assertTrue(error.getMessage().contains("es.tls.ca.file"), error.getMessage());
    }

    @Test
    void insecureTrustsAnyCertificate() {
        assertEquals(200, client("es.tls.insecure", "true").send("GET", "/", null, null).status());
    }
}
