package dk.samspil.it.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSession;

/**
 * The java/native generator decodes every {@code type: string} answer as JSON unless its media type is exactly
 * text/plain (OpenAPITools/openapi-generator#18730, #19491), so the CSV exports and iCalendar feeds, which the
 * contract rightly describes as text/csv and text/calendar strings, would fail to parse. This response
 * interceptor (the generator's useUnaryInterceptor option) hands such a text body to the client as the JSON
 * string it expects, so the generated methods return the document itself.
 */
final class TextBodiesAsStrings implements UnaryOperator<HttpResponse<InputStream>> {

    private final ObjectMapper json;

    TextBodiesAsStrings(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public HttpResponse<InputStream> apply(HttpResponse<InputStream> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() / 100 != 2 || !(type.startsWith("text/csv") || type.startsWith("text/calendar"))) {
            return response;
        }
        try (InputStream body = response.body()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new WithBody(response, json.writeValueAsBytes(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record WithBody(HttpResponse<InputStream> original, byte[] json) implements HttpResponse<InputStream> {
        @Override
        public int statusCode() {
            return original.statusCode();
        }

        @Override
        public HttpRequest request() {
            return original.request();
        }

        @Override
        public Optional<HttpResponse<InputStream>> previousResponse() {
            return original.previousResponse();
        }

        @Override
        public HttpHeaders headers() {
            return original.headers();
        }

        @Override
        public InputStream body() {
            return new ByteArrayInputStream(json);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return original.sslSession();
        }

        @Override
        public URI uri() {
            return original.uri();
        }

        @Override
        public HttpClient.Version version() {
            return original.version();
        }
    }
}
