package dk.samspil.integration.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP attempt. Redirects are not followed (a 3xx is a failure: a redirect could lead anywhere), the whole
 * exchange has 10 seconds, and at most the first kilobyte of the answer is read, for the delivery log.
 */
@ApplicationScoped
public class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int BODY_CAP = 1024;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** How an attempt went: the status (null when none came) and what to show about a failure. */
    record Outcome(Integer status, int latencyMs, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Outcome send(URI url, String messageId, long timestamp, String body, List<String> secrets) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("content-type", "application/json")
                .header("user-agent", "Samspil-Webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signatures.header(secrets, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request, info -> new Capped());
        try {
            HttpResponse<String> response = exchange.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(status, elapsed(started), ok ? null : describe("HTTP " + status, response.body()));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Outcome(null, elapsed(started), "No answer within " + TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsed(started), "Interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, elapsed(started), describe(cause.getClass().getSimpleName(), cause.getMessage()));
        }
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private static String describe(String what, String detail) {
        String text = detail == null || detail.isBlank()
                ? what
                : what + ": " + detail.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }

    /** Keeps the first {@link #BODY_CAP} bytes and then stops reading, so a huge answer costs nothing. */
    private static final class Capped implements HttpResponse.BodySubscriber<String> {

        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int take = Math.min(buffer.remaining(), BODY_CAP - kept.size());
                byte[] bytes = new byte[take];
                buffer.get(bytes);
                kept.write(bytes, 0, take);
            }
            if (kept.size() >= BODY_CAP) {
                subscription.cancel();
                finish();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable error) {
            finish(); // the status is what counts; a broken body leaves what was read
        }

        @Override
        public void onComplete() {
            finish();
        }

        private void finish() {
            result.complete(kept.toString(StandardCharsets.UTF_8));
        }
    }
}
