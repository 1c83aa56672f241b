package dk.samspil.common.metrics;

import dk.samspil.common.audit.ResourceChanged;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Samspil's own counters at /q/metrics: every committed change by the table it changed and the action
 * ({@code samspil_changes_total{type="theme",action="updated"}}), counted once the transaction has committed,
 * so that what was rolled back is not counted.
 */
@ApplicationScoped
public class ChangeMetrics {

    public static final String CHANGES = "samspil.changes";

    @Inject
    MeterRegistry registry;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceChanged change) {
        registry.counter(
                        CHANGES,
                        "type",
                        change.type(),
                        "action",
                        change.action().name().toLowerCase(Locale.ROOT))
                .increment();
    }
}
