package io.eventwire.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressGuardTest {

    @Test
    void nonPublicRangesAreForbidden() throws UnknownHostException {
        for (String address : new String[] {"127.0.0.1", "127.0.0.42", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00:ec2::254",
                "::ffff:127.0.0.1", "::ffff:169.254.169.254"}) {
            assertTrue(AddressGuard.isForbidden(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "100.128.0.1"}) {
            assertFalse(AddressGuard.isForbidden(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void onlyTheNamedHostAndPortIsAllowedOnLoopback() {
        AddressGuard guard = new AddressGuard(false, Set.of("127.0.0.1:8080"));
        assertTrue(guard.refusal(URI.create("http://127.0.0.1:8080/x")).isEmpty());
        assertEquals("private-address", guard.refusal(URI.create("http://127.0.0.1:8081/x")).orElseThrow().reason());
        assertEquals("private-address", guard.refusal(URI.create("http://[::1]:8080/x")).orElseThrow().reason());
        assertEquals("private-address",
                guard.refusal(URI.create("http://169.254.169.254/latest/meta-data/")).orElseThrow().reason());
        assertTrue(new AddressGuard(true, Set.of()).refusal(URI.create("http://127.0.0.1:1/")).isEmpty());
    }
}
