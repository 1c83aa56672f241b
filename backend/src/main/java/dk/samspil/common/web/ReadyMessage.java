package dk.samspil.common.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells the person who ran `make run` where to go, once everything is up. */
@ApplicationScoped
public class ReadyMessage {

    private static final Logger LOG = Logger.getLogger(ReadyMessage.class);

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        String base = "http://localhost:" + port;
        LOG.infof(
                "Samspil is ready at %s/  (API %s/api, Swagger UI %s/q/swagger-ui, health %s/q/health)",
                base, base, base, base);
    }
}
