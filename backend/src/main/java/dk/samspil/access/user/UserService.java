package dk.samspil.access.user;

import dk.samspil.access.credential.Passwords;
import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.Pages;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.security.Caller;
import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import dk.samspil.directory.library.Library;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** User accounts: admins manage them; everyone changes their own password. */
@ApplicationScoped
public class UserService {

    public static final SortFields SORT = SortFields.of(
            "displayName",
            "u.id asc",
            "displayName",
            "u.displayName",
            "email",
            "lower(u.email)",
            "lastLoginAt",
            "u.lastLoginAt",
            "createdAt",
            "u.createdAt");

    /** The password is never recorded, only that it changed. */
    private static final String HIDDEN = "***";

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AppClock clock;

    @Inject
    Passwords passwords;

    @Inject
    Event<CredentialsChanged> credentialsChanged;

    @Inject
    Event<InvitationRequested> invitations;

    @Inject
    AuditLog audit;

    public UserPage list(UserFilter filter, PageRequest page) {
        access.requireAdmin();
        Filters where = new Filters()
                .and(
                        "array_contains(u.roles, :role)",
                        "role",
                        filter.role() == null ? null : filter.role().name())
                .and("u.active = :active", "active", filter.active())
                .and("l.id = :library", "library", filter.library())
                .contains(filter.q(), "u.displayName", "u.email");
        String from = " from AppUser u left join u.library l";
        return Pages.query(em, where, "select count(u)" + from, """
                select new dk.samspil.access.user.UserSummary(u.id, u.email, u.displayName, u.roles, l.id, l.name, u.active,
                    case when u.passwordHash is null then true else false end, u.lastLoginAt)""" + from, page, UserSummary.class, UserPage::new);
    }

    public Optional<UserView> get(long id) {
        access.requireAdmin();
        return AppUser.<AppUser>find("from AppUser u left join fetch u.library where u.id = ?1", id)
                .firstResultOptional()
                .map(UserView::of);
    }

    /** A new account; without a password, its owner is invited by mail to choose one. */
    @Transactional
    public UserView create(UserInput input) {
        Caller admin = access.requireAdmin();
        AppUser user = new AppUser();
        Instant now = clock.now();
        user.createdAt = now;
        apply(user, input, now);
        user.persistAndFlush();
        audit.created("app_user", user.id, snapshot(user, input.password() != null));
        if (user.passwordHash == null) {
            invitations.fire(new InvitationRequested(user.id, admin.name()));
        }
        return UserView.of(user);
    }

    /** A new invitation for a user who has not chosen a password yet. */
    @Transactional
    public void inviteAgain(long id) {
        Caller admin = access.requireAdmin();
        AppUser user = find(id);
        if (user.passwordHash != null) {
            throw ApiException.conflict("problem.conflict.detail.password-chosen");
        }
        invitations.fire(new InvitationRequested(user.id, admin.name()));
    }

    @Transactional
    public UserView update(long id, String ifMatch, UserInput input) {
        Caller admin = access.requireAdmin();
        AppUser user = find(id);
        ETags.requireMatch(ifMatch, user.version);
        if (admin.kind() == Caller.Kind.USER
                && admin.id() == id
                && (!input.roles().contains(Role.ADMIN) || Boolean.FALSE.equals(input.active()))) {
            throw ApiException.conflict("problem.conflict.detail.own-admin");
        }
        Map<String, Object> before = snapshot(user, false);
        apply(user, input, clock.now());
        AppUser.flush();
        audit.updated("app_user", user.id, before, snapshot(user, input.password() != null));
        if (!user.active || input.password() != null) {
            credentialsChanged.fire(new CredentialsChanged(user.id, null));
        }
        return UserView.of(user);
    }

    /** A user's own password: the current one is required; their other sessions end. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, Long keepSession) {
        Caller caller = access.requireUser();
        AppUser user = find(caller.id());
        if (!passwords.matches(currentPassword, user.passwordHash)) {
            throw ApiException.invalidField("currentPassword", "user.password.current-wrong");
        }
        user.passwordHash = passwords.hash(newPassword);
        user.updatedAt = clock.now();
        AppUser.flush();
        audit.updated("app_user", user.id, Map.of(), Map.of("password", HIDDEN));
        credentialsChanged.fire(new CredentialsChanged(user.id, keepSession));
    }

    /**
     * Creates an account outside any request (the first admin from the environment, demo users),
     * unless one with the email exists. @return true when created
     */
    @Transactional
    public boolean ensureUser(
            String email, String displayName, String password, Set<Role> roles, Long libraryId, boolean demo) {
        if (emailTaken(email, null)) {
            return false;
        }
        AppUser user = new AppUser();
        Instant now = clock.now();
        user.email = email.trim();
        user.displayName = displayName;
        user.passwordHash = passwords.hash(password);
        user.roleSet(roles);
        user.library = libraryId == null ? null : Library.findById(libraryId);
        user.active = true;
        user.demo = demo;
        user.createdAt = now;
        user.updatedAt = now;
        user.persistAndFlush();
        audit.created("app_user", user.id, snapshot(user, true));
        return true;
    }

    private AppUser find(long id) {
        return AppUser.<AppUser>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.user", id));
    }

    private void apply(AppUser user, UserInput input, Instant now) {
        String email = input.email().trim();
        if (emailTaken(email, user.id)) {
            throw ApiException.conflictOnField("email", "problem.conflict.detail.email", email);
        }
        Library library = null;
        if (input.roles().contains(Role.EDITOR)) {
            if (input.libraryId() == null) {
                throw ApiException.invalidField("libraryId", "user.library.required");
            }
            library = Library.<Library>findByIdOptional(input.libraryId())
                    .orElseThrow(() -> ApiException.invalidField("libraryId", "user.library.unknown"));
        } else if (input.libraryId() != null) {
            throw ApiException.invalidField("libraryId", "user.library.editors-only");
        }
        user.email = email;
        user.displayName = input.displayName().trim();
        user.roleSet(input.roles());
        user.library = library;
        user.active = input.active() == null || input.active();
        if (input.password() != null) {
            user.passwordHash = passwords.hash(input.password());
        }
        user.updatedAt = now;
    }

    /** Emails are unique whatever their case; {@code except} is the account being edited, if any. */
    private static boolean emailTaken(String email, Long except) {
        return AppUser.count(
                        "lower(email) = ?1 and id <> ?2", email.toLowerCase(Locale.ROOT), except == null ? -1L : except)
                > 0;
    }

    private static Map<String, Object> snapshot(AppUser u, boolean passwordSet) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("email", u.email);
        map.put("displayName", u.displayName);
        map.put("roles", u.roleSet().stream().sorted().map(Role::name).toList());
        map.put("libraryId", u.library == null ? null : u.library.id);
        map.put("active", u.active);
        if (passwordSet) {
            map.put("password", HIDDEN);
        }
        return map;
    }
}
