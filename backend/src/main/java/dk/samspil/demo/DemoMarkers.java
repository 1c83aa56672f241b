package dk.samspil.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which parts of the demo content were loaded, so each is loaded once only. */
@ApplicationScoped
public class DemoMarkers {

    @Inject
    EntityManager em;

    /** @return true for the first caller ever (on any instance), false afterwards */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String name) {
        return em.createNativeQuery("insert into demo_content_load (name) values (:name) on conflict do nothing")
                        .setParameter("name", name)
                        .executeUpdate()
                == 1;
    }
}
