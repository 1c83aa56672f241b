package dk.samspil.demo;

import dk.samspil.common.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Remembers which parts of the demo content were loaded, so each is loaded once only. */
@ApplicationScoped
public class DemoMarkers {

    @Inject
    Sql sql;

    /** @return true for the first caller ever (on any instance), false afterwards */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String name) {
        return sql.update("insert into demo_content_load (name) values (:name) on conflict do nothing")
                        .param("name", name)
                        .execute()
                == 1;
    }
}
