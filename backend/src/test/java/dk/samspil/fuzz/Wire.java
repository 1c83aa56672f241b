package dk.samspil.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Sends a {@link FuzzRequest}: through java.net.http when it is a request that client can send as it is
 * (kept-alive connections, so it is fast), else byte for byte over a socket of its own.
 */
final class Wire {

    /** An answer: status, headers (names in lower case) and the body, unzipped. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String describe() {
            StringBuilder out = new StringBuilder("  -> ").append(status);
            headers.forEach((name, values) -> {
                if (!name.startsWith("ratelimit") && !name.startsWith("x-") && !name.contains("security")) {
                    out.append("\n     ").append(name).append(": ").append(String.join(", ", values));
                }
            });
            String text = text();
            out.append("\n     ").append(text.length() > 800 ? text.substring(0, 800) + "…" : text);
            return out.toString();
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI root;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    Wire(URI root) {
        this.root = root;
    }

    Answer send(FuzzRequest request, List<FuzzRequest.Header> credentials) throws IOException, InterruptedException {
        List<FuzzRequest.Header> headers = new ArrayList<>(credentials);
        headers.addAll(request.headers());
        if (request.needsSocket()
                || credentials.stream().anyMatch(h -> h.value().chars().anyMatch(c -> c > 0x7e))) {
            return overSocket(request, headers);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(root.getScheme() + "://" + root.getRawAuthority() + request.target()))
                .timeout(TIMEOUT)
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (FuzzRequest.Header h : headers) {
            builder.header(h.name(), h.value());
        }
        HttpRequest http = builder.build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException closedMeanwhile) {
            // A kept-alive connection the server closed after its last answer: once more, on a new one.
            response = client.send(http, HttpResponse.BodyHandlers.ofByteArray());
        }
        Map<String, List<String>> answerHeaders = new TreeMap<>();
        response.headers().map().forEach((k, v) -> answerHeaders.put(k.toLowerCase(Locale.ROOT), v));
        return new Answer(response.statusCode(), answerHeaders, unzip(answerHeaders, response.body()));
    }

    private Answer overSocket(FuzzRequest request, List<FuzzRequest.Header> headers) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write((request.method() + " " + request.target() + " HTTP/1.1\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            boolean host = false;
            boolean length = false;
            for (FuzzRequest.Header h : headers) {
                host |= h.name().equalsIgnoreCase("Host");
                length |=
                        h.name().equalsIgnoreCase("Content-Length") || h.name().equalsIgnoreCase("Transfer-Encoding");
                out.write((h.name() + ": " + h.value() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (!host) {
                out.write(("Host: " + root.getRawAuthority() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (!length && request.body() != null) {
                out.write(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("Connection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (request.body() != null) {
                out.write(request.body());
            }
            OutputStream wire = socket.getOutputStream();
            wire.write(out.toByteArray());
            wire.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** An HTTP/1.1 answer read to its end (the connection was closed after it). */
    static Answer parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IOException("No complete answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.get("transfer-encoding");
        if (encoding != null && encoding.get(0).toLowerCase(Locale.ROOT).contains("chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, headers, unzip(headers, body));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, n);
            at = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static byte[] unzip(Map<String, List<String>> headers, byte[] body) throws IOException {
        List<String> coding = headers.get("content-encoding");
        if (coding == null || !coding.get(0).equalsIgnoreCase("gzip") || body.length == 0) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
