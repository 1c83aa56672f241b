package dk.samspil.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs work outside any request (demo content at start) as Samspil itself, through the same services
 * and rules as a request would, and with the audit trail naming "Samspil" as the actor.
 */
@ApplicationScoped
public class SystemTasks {

    @Inject
    CurrentCaller current;

    @ActivateRequestContext
    public <T> T run(Supplier<T> work) {
        current.set(Caller.SYSTEM, null);
        return work.get();
    }
}
