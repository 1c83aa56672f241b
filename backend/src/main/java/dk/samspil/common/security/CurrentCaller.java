package dk.samspil.common.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set once by the authentication filter (or {@link SystemTasks}). */
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

    /** Only the authentication filter and {@link SystemTasks} say who is calling. */
    public void set(Caller caller, Long sessionId) {
        this.caller = caller;
        this.sessionId = sessionId;
    }
}
