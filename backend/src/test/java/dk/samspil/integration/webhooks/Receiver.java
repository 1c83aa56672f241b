package dk.samspil.integration.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A webhook receiver on loopback: keeps what it was sent and answers the statuses it is told, then 200. */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Request(String id, String timestamp, String signature, String contentType, String body) {}

    private final HttpServer server;
    private final List<Request> received = new ArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private volatile int otherwise = 200;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            var headers = exchange.getRequestHeaders();
            int status;
            synchronized (this) {
                received.add(new Request(
                        headers.getFirst("webhook-id"),
                        headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"),
                        headers.getFirst("content-type"),
                        new String(body, StandardCharsets.UTF_8)));
                status = answers.isEmpty() ? otherwise : answers.removeFirst();
            }
            byte[] answer = ("status " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; after them {@link #answerAlways}'s status (200 unless changed). */
    synchronized Receiver answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    Receiver answerAlways(int status) {
        otherwise = status;
        return this;
    }

    synchronized List<Request> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
