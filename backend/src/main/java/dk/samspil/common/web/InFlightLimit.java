package dk.samspil.common.web;

import dk.samspil.common.i18n.Messages;
import dk.samspil.common.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the reads of the API in flight, so that the memory their answers take is bounded however many
 * callers come at once: at most samspil.http.max-in-flight GET and HEAD requests on /api are served at a
 * time, up to samspil.http.max-queued more wait for their turn, oldest first, for at most
 * samspil.http.max-queue-wait, and the rest (or one that has waited that long) are answered at once with 503
 * problem+json and Retry-After, without touching the database. Without it the largest answers, built whole
 * in memory by as many worker threads as the pool has, ran a capped heap out and the app stopped answering
 * (docs/performance.md).
 *
 * <p>Writes are not counted: they come signed in, each caller within its rate limit, and their bodies arrive
 * at the client's pace, so that a client sending slowly would hold a permit as long as it liked. A permit is
 * held until the response has ended, or the client has gone: a streamed answer holds it while it streams.
 */
@ApplicationScoped
public class InFlightLimit {

    /** Where the limit applies. */
    static final String PATH = "/api/*";

    /** Seconds a refused caller is asked to wait: the requests in flight take milliseconds each. */
    static final String RETRY_AFTER_SECONDS = "1";

    @ConfigProperty(name = "samspil.http.max-in-flight")
    int maxInFlight;

    @ConfigProperty(name = "samspil.http.max-queued")
    int maxQueued;

    @ConfigProperty(name = "samspil.http.max-queue-wait")
    Duration maxQueueWait;

    @Inject
    ProblemWriter problems;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    private Admission<Request> admission;
    private Counter refused;

    /** The requests that hold a permit now. */
    private final Set<Request> holding = ConcurrentHashMap.newKeySet();

    /** A read that holds a permit or waits for one. */
    private final class Request {
        final RoutingContext ctx;
        final Context context;
        final AtomicBoolean finished = new AtomicBoolean();
        volatile long timer = -1;

        Request(RoutingContext ctx, Context context) {
            this.ctx = ctx;
            this.context = context;
        }

        /** Gives the permit back, once, to the oldest waiting read if there is one. */
        void finish() {
            if (finished.compareAndSet(false, true)) {
                holding.remove(this);
                handOver(admission.leave());
            }
        }
    }

    void register(@Observes Router router) {
        admission = new Admission<>(maxInFlight, maxQueued);
        registry.gauge("samspil.http.reads.in.flight", admission, Admission::inFlight);
        registry.gauge("samspil.http.reads.queued", admission, Admission::queued);
        refused = registry.counter("samspil.http.reads.refused");
        router.route(PATH).order(-900).handler(this::admit);
    }

    private void admit(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.next();
            return;
        }
        Request request = new Request(ctx, Vertx.currentContext());
        Admission.Outcome outcome = admission.enter(request);
        if (outcome == Admission.Outcome.REFUSED && reclaim()) {
            outcome = admission.enter(request);
        }
        switch (outcome) {
            case ADMITTED -> start(request);
            case QUEUED -> {
                ctx.request().pause();
                request.timer = vertx.setTimer(maxQueueWait.toMillis(), expired -> {
                    if (admission.withdraw(request)) {
                        refuse(ctx);
                    }
                });
            }
            case REFUSED -> refuse(ctx);
        }
    }

    private void start(Request request) {
        holding.add(request);
        RoutingContext ctx = request.ctx;
        if (ctx.response().closed()) {
            request.finish();
            return;
        }
        ctx.addEndHandler(ended -> request.finish());
        ctx.request().resume();
        ctx.next();
    }

    /** A waiting read has been handed a permit: it goes on, on its own event loop. */
    private void handOver(Request next) {
        if (next != null) {
            next.context.runOnContext(go -> {
                vertx.cancelTimer(next.timer);
                start(next);
            });
        }
    }

    /**
     * Gives back the permits of reads whose response is over though their end handler has not run (a layer
     * above ours may replace the response's handlers, which Vert.x Web's end handlers rest on): a safety
     * net, looked at only when every permit is taken. True if any came back.
     */
    private boolean reclaim() {
        boolean any = false;
        for (Request request : holding) {
            if (request.ctx.response().ended() || request.ctx.response().closed()) {
                request.finish();
                any = true;
            }
        }
        return any;
    }

    private void refuse(RoutingContext ctx) {
        refused.increment();
        if (ctx.response().closed()) {
            return;
        }
        Locale locale = ProblemWriter.locale(ctx);
        ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        problems.write(
                ctx,
                ProblemType.SERVICE_UNAVAILABLE,
                locale,
                Messages.get(locale, "problem.service-unavailable.detail.busy"));
    }
}
