package dk.samspil.partnering.involvement;

import dk.samspil.collaboration.theme.ThemeRef;
import dk.samspil.directory.partner.PartnerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What a partner takes part in across Samspil: the collaboration's themes and Byg partnerskaber's
 * partnerships, good examples and projects. It lives here, above both, so the directory of partners
 * knows nothing of the domains that use it.
 */
@ApplicationScoped
public class PartnerInvolvementService {

    @Inject
    EntityManager em;

    @Inject
    PartnerService partners;

    /** The themes, partnerships, good examples and projects the partner is in (four statements). */
    @SuppressWarnings("unchecked")
    public PartnerInvolvement involvement(long id) {
        partners.get(id); // a 404 for a partner that is not there
        List<PartnerInvolvement.ThemeRole> themes = ((List<Object[]>)
                        em.createNativeQuery("""
                        select t.id, t.number, t.title, t.slug, x.role from theme_partner x join theme t on t.id = x.theme_id
                        where x.partner_id = :p order by t.start_date desc, t.id""").setParameter("p", id).getResultList())
                .stream()
                        .map(r -> new PartnerInvolvement.ThemeRole(
                                new ThemeRef(
                                        ((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String)
                                                r[3]),
                                (String) r[4]))
                        .toList();
        return new PartnerInvolvement(themes, named("""
                        select s.id, s.title, null, x.role, s.status from partnership_partner x
                        join partnership s on s.id = x.partnership_id where x.partner_id = :p order by s.title, s.id""", id), named("""
                        select c.id, c.title, c.slug, null, null from case_partner x join cases c on c.id = x.case_id
                        where x.partner_id = :p order by c.title, c.id""", id), named("""
                        select j.id, j.name, j.slug, x.role, null from project_partner x join project j on j.id = x.project_id
                        where x.partner_id = :p order by j.name, j.id""", id));
    }

    @SuppressWarnings("unchecked")
    private List<PartnerInvolvement.Named> named(String sql, long partnerId) {
        return ((List<Object[]>)
                        em.createNativeQuery(sql).setParameter("p", partnerId).getResultList())
                .stream()
                        .map(r -> new PartnerInvolvement.Named(
                                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String)
                                        r[4]))
                        .toList();
    }
}
