package dk.samspil.directory.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Regions and municipalities: fixed reference data, read as projections. */
@ApplicationScoped
public class ReferenceDataService {

    @Inject
    EntityManager em;

    public List<RegionView> regions() {
        return em.createQuery("""
                select new dk.samspil.directory.reference.RegionView(r.code, r.name, r.nuts2, count(m))
                from Region r left join Municipality m on m.region = r
                group by r.code, r.name, r.nuts2
                order by r.code
                """, RegionView.class).getResultList();
    }

    public List<MunicipalityView> municipalities(Integer regionCode) {
        return em.createQuery("""
                select new dk.samspil.directory.reference.MunicipalityView(m.code, m.name, r.code, r.name, m.libraryNumber)
                from Municipality m join m.region r
                where :region is null or r.code = :region
                order by m.name
                """, MunicipalityView.class)
                .setParameter("region", regionCode)
                .getResultList();
    }
}
