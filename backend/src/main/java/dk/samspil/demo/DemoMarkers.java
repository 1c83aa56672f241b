package dk.samspil.demo;

import dk.samspil.common.db.Sql;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Remembers which parts of the demo content were loaded, so each is loaded once only. */
@ApplicationScoped
public class DemoMarkers {

    @Inject
    Sql sql;

    @Inject
    AppClock clock;

    /** @return true for the first caller ever (on any instance), false afterwards */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String name) {
        return claim(name, clock.now());
    }

    /**
     * Claims a part loaded as of {@code at}: the content that depends on "now" (what has happened, what is to
     * come) uses that same instant, and the marker keeps it, so the content can be checked against it later.
     *
     * @return true for the first caller ever (on any instance), false afterwards
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String name, Instant at) {
        return sql.update("insert into demo_content_load (name, loaded_at) values (:name, :at) on conflict do nothing")
                        .param("name", name)
                        .param("at", at)
                        .execute()
                == 1;
    }
}
