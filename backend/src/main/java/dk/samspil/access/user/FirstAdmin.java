package dk.samspil.access.user;

import dk.samspil.access.credential.Passwords;
import dk.samspil.common.security.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The first admin of a fresh installation, from SAMSPIL_ADMIN_EMAIL and SAMSPIL_ADMIN_PASSWORD. */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @ConfigProperty(name = "samspil.admin.email")
    Optional<String> email;

    @ConfigProperty(name = "samspil.admin.password")
    Optional<String> password;

    @Inject
    UserService users;

    void onStart(@Observes StartupEvent event) {
        if (email.isEmpty() || email.get().isBlank()) {
            return;
        }
        String pw = password.orElse("");
        if (pw.length() < Passwords.MIN_LENGTH) {
            throw new IllegalStateException(
                    "SAMSPIL_ADMIN_PASSWORD must have at least " + Passwords.MIN_LENGTH + " characters");
        }
        if (users.ensureUser(email.get().trim(), "Administrator", pw, Set.of(Role.ADMIN), null, false)) {
            LOG.infof("Created the first admin, %s", email.get().trim());
        }
    }
}
