package dk.samspil.integration.webhooks;

import dk.samspil.common.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where deliveries may go. By default only https, and only to public addresses: a subscription must not make
 * Samspil call into its own network (SSRF). The host is resolved when the subscription is saved and again
 * before every attempt, since what a name points at can change. {@code samspil.webhooks.allow-insecure-targets}
 * lifts both rules, for development and tests on loopback.
 */
@ApplicationScoped
public class TargetGuard {

    private final boolean allowInsecure;

    TargetGuard(@ConfigProperty(name = "samspil.webhooks.allow-insecure-targets") boolean allowInsecure) {
        this.allowInsecure = allowInsecure;
    }

    /** The URL to store, or a 400 on the field url saying why not. */
    URI check(String url) {
        URI uri = parse(url).orElseThrow(() -> ApiException.invalidField("url", "webhook.url.invalid"));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            throw ApiException.invalidField("url", "webhook.url.https");
        }
        refusal(uri).ifPresent(reason -> {
            throw ApiException.invalidField("url", reason);
        });
        return uri;
    }

    /** Why an attempt must not be made to this URL now (a message key), or empty. */
    Optional<String> refusal(URI uri) {
        if (allowInsecure) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("webhook.url.https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    return Optional.of("webhook.url.internal");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("webhook.url.unknown-host");
        }
    }

    static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Loopback, private, link-local (cloud metadata), shared (CGNAT), multicast and reserved addresses. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19))
                    || first >= 240;
        }
        boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
        boolean mappedOrCompatible = true;
        for (int i = 0; i < 10; i++) {
            mappedOrCompatible &= b[i] == 0;
        }
        // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address: judge that one
        if (mappedOrCompatible && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
            try {
                return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return uniqueLocal;
    }
}
