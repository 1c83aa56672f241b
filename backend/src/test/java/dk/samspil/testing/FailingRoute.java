package dk.samspil.testing;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Test-only: a plain Vert.x route that fails with the status in its path (500 with an exception). */
@ApplicationScoped
public class FailingRoute {

    void register(@Observes Router router) {
        router.get("/test-only/vertx-failure/:status").handler(ctx -> {
            int status = Integer.parseInt(ctx.pathParam("status"));
            if (status == 500) {
                ctx.fail(new IllegalStateException("secret internal detail"));
            } else {
                ctx.fail(status);
            }
        });
    }
}
