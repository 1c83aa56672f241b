package dk.samspil.demo;

import dk.samspil.access.user.UserService;
import dk.samspil.common.security.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** One demo account per role. Demo only: they exist only where demo content is switched on. */
@ApplicationScoped
public class DemoUsers {

    /** Demo only, and printed at start: never use these anywhere real. */
    public static final String PASSWORD = "samspil-demo-2026";

    public record DemoUser(String email, String displayName, Set<Role> roles, String libraryNumber) {}

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@samspil.demo", "Ada Administrator", Set.of(Role.ADMIN), null),
            new DemoUser("koordinator@samspil.demo", "Karen Koordinator", Set.of(Role.COORDINATOR), null),
            new DemoUser("redaktoer.aalborg@samspil.demo", "Rasmus Redaktør (Aalborg)", Set.of(Role.EDITOR), "785100"),
            new DemoUser("redaktoer.odense@samspil.demo", "Olivia Redaktør (Odense)", Set.of(Role.EDITOR), "746100"));

    @Inject
    UserService users;

    @Inject
    DemoMarkers markers;

    /** Creates the demo accounts, once. @return true when they were created now */
    @Transactional
    public boolean loadOnce() {
        if (!markers.claim("users")) {
            return false;
        }
        boolean created = false;
        for (DemoUser user : USERS) {
            Long library = user.libraryNumber() == null
                    ? null
                    : DemoLibraries.ids("libraryNumber", Sort.by("id"), user.libraryNumber()).stream()
                            .findFirst()
                            .orElse(null);
            if (user.libraryNumber() != null && library == null) {
                continue; // the demo library was deleted: no editor for it
            }
            created |= users.ensureUser(user.email(), user.displayName(), PASSWORD, user.roles(), library, true);
        }
        return created;
    }
}
