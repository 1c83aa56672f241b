package dk.samspil.common.web;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address, for throttling. Behind a load balancer, set
 * quarkus.http.proxy.proxy-address-forwarding (and trusted proxies) so that it is the real client's.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        String host = request.remoteAddress().hostAddress();
        return host == null ? "unknown" : host;
    }
}
