package dk.samspil.testing;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

/**
 * A webhook receiver on loopback, as an integrator would run one: it keeps every request it was sent (with the
 * status it answered and when it arrived) and answers the statuses it is told, then 200. Check the signatures
 * with {@link StandardWebhooks}. Used by the tests in the application's JVM and by the ITs against the jar.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, the status it was answered with, and when ({@link System#nanoTime()}). */
    public record Request(
            String id,
            String timestamp,
            String signature,
            String contentType,
            String body,
            int status,
            long receivedNanos) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Request> received = new ArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();
    private volatile int otherwise = 200;
    private volatile ToIntFunction<Request> answerWith;

    public WebhookReceiver() throws IOException {
        // a deep backlog: a worker sends a whole batch at once, over as many connections
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        server.createContext("/hook", exchange -> {
            long arrived = System.nanoTime();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            var headers = exchange.getRequestHeaders();
            Request request = new Request(
                    headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    headers.getFirst("content-type"),
                    new String(body, StandardCharsets.UTF_8),
                    0,
                    arrived);
            ToIntFunction<Request> custom = answerWith;
            int status = custom != null ? custom.applyAsInt(request) : nextAnswer();
            synchronized (this) {
                received.add(new Request(
                        request.id(),
                        request.timestamp(),
                        request.signature(),
                        request.contentType(),
                        request.body(),
                        status,
                        arrived));
            }
            byte[] answer = ("status " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    private synchronized int nextAnswer() {
        return answers.isEmpty() ? otherwise : answers.removeFirst();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; after them {@link #answerAlways}'s status (200 unless changed). */
    public synchronized WebhookReceiver answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    public WebhookReceiver answerAlways(int status) {
        otherwise = status;
        return this;
    }

    /**
     * Answers each request with what this function returns for it (instead of {@link #answer} and {@link
     * #answerAlways}); it may take its time, even block, to keep a sender waiting. The request is recorded once
     * the function has returned.
     */
    public WebhookReceiver answerWith(ToIntFunction<Request> answer) {
        answerWith = answer;
        return this;
    }

    /** What arrived so far, in the order the answers were decided. */
    public synchronized List<Request> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
