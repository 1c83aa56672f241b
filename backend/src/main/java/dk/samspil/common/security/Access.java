package dk.samspil.common.security;

import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The object-level rules, checked by the services before they change anything: 401 for nobody,
 * 403 for someone who may not.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentCaller current;

    public Caller caller() {
        return current.get();
    }

    public Caller requireSignedIn() {
        Caller caller = current.get();
        if (caller.anonymous()) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail");
        }
        return caller;
    }

    public Caller requireUser() {
        Caller caller = requireSignedIn();
        if (caller.kind() != Caller.Kind.USER) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.users-only");
        }
        return caller;
    }

    public Caller requireAdmin() {
        Caller caller = requireSignedIn();
        if (!caller.admin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.admin");
        }
        return caller;
    }

    public Caller requireCoordinator() {
        Caller caller = requireSignedIn();
        if (!caller.coordinates()) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.coordinator");
        }
        return caller;
    }

    public Caller requireLibraryEditor(long libraryId) {
        Caller caller = requireSignedIn();
        if (!caller.editsLibrary(libraryId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.library", libraryId);
        }
        return caller;
    }
}
