package dk.samspil.auth;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set once by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;
    private Long sessionId;

    public Caller get() {
        return caller;
    }

    /** The session behind a cookie-authenticated request, else null. */
    public Long sessionId() {
        return sessionId;
    }

    void set(Caller caller, Long sessionId) {
        this.caller = caller;
        this.sessionId = sessionId;
    }
}
