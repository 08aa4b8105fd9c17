package io.eventwire.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses hosts that resolve to addresses a news crawler has no business reaching (SSRF): loopback,
 * private, link-local (which holds the cloud metadata service 169.254.169.254), unique-local IPv6,
 * carrier-grade NAT, multicast and the unspecified address. Checked before every request, so a redirect
 * to such an address is refused as well. The JDK client resolves the name again when it connects; a DNS
 * answer that changes in between (rebinding) is outside what this check can see.
 */
public final class AddressGuard {

    private final boolean allowPrivate;
    private final Set<String> allowedAuthorities;

    /**
     * @param allowPrivate       allow every address (the demo and tests serve from localhost)
     * @param allowedAuthorities {@code host:port} pairs allowed even on non-public addresses (an internal
     *                           mirror, a test fixture); any other port or host on that address stays refused
     */
    public AddressGuard(boolean allowPrivate, Set<String> allowedAuthorities) {
        this.allowPrivate = allowPrivate;
        this.allowedAuthorities = Set.copyOf(allowedAuthorities);
    }

    /** Why a URL is not fetched: {@code private-address} or {@code unknown-host}, and the details. */
    public record Refusal(String reason, String detail) {
    }

    /** Empty when {@code uri} may be fetched; otherwise why not. */
    public Optional<Refusal> refusal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.of(new Refusal("invalid-url", "no host in " + uri));
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        if (allowPrivate || allowedAuthorities.contains(host.toLowerCase(Locale.ROOT) + ":" + port)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(stripBrackets(host));
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal("unknown-host", "cannot resolve " + host));
        }
        for (InetAddress address : addresses) {
            if (isForbidden(address)) {
                return Optional.of(new Refusal("private-address",
                        host + " resolves to the non-public address " + address.getHostAddress()));
            }
        }
        return Optional.empty();
    }

    static boolean isForbidden(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local (includes fd00:ec2::254, a metadata address), and IPv4-mapped forms.
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (isV4Mapped(b)) {
                try {
                    return isForbidden(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
