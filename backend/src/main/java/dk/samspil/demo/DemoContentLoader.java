package dk.samspil.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads demo content once into a fresh database when samspil.demo-content.enabled is true (the
 * default of `make run`; off in the container image and in tests). What was loaded is remembered,
 * so content an editor deletes does not come back at the next start.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);

    @ConfigProperty(name = "samspil.demo-content.enabled")
    boolean enabled;

    @Inject
    DemoLibraries libraries;

    @Inject
    DemoUsers users;

    @Inject
    DemoThemes themes;

    @Inject
    DemoCollaboration collaboration;

    @Inject
    DemoPartnerships partnerships;

    @Inject
    dk.samspil.common.security.SystemTasks system;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (libraries.loadOnce()) {
            LOG.info("Demo content loaded: one library service per municipality (marked demo)");
        }
        users.loadOnce();
        if (system.run(themes::loadOnce)) {
            LOG.info("Demo content loaded: themes and national partners (marked demo)");
        }
        if (system.run(collaboration::loadOnce)) {
            LOG.info("Demo content loaded: contacts, activities and network meetings (marked demo)");
        }
        if (system.run(partnerships::loadOnce)) {
            LOG.info("Demo content loaded: Byg partnerskaber: project, guide, toolbox, good examples, partnerships");
        }
        StringBuilder list = new StringBuilder("Demo accounts (demo only, password \"" + DemoUsers.PASSWORD + "\"):");
        DemoUsers.USERS.forEach(
                u -> list.append("\n  ").append(u.email()).append("  ").append(u.roles()));
        LOG.info(list);
    }
}
