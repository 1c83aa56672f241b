package dk.samspil.partnering.involvement;

import dk.samspil.common.db.Sql;
import dk.samspil.directory.partner.PartnerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What a partner takes part in across Samspil: the collaboration's themes and Byg partnerskaber's
 * partnerships, good examples and projects. It lives here, above both, so the directory of partners
 * knows nothing of the domains that use it.
 */
@ApplicationScoped
public class PartnerInvolvementService {

    @Inject
    Sql sql;

    @Inject
    PartnerService partners;

    /** The themes, partnerships, good examples and projects the partner is in (four statements). */
    public PartnerInvolvement involvement(long id) {
        partners.get(id); // a 404 for a partner that is not there
        List<PartnerInvolvement.ThemeRole> themes =
                sql.select("""
                        select t.id as theme_id, t.number as theme_number, t.title as theme_title,
                               t.slug as theme_slug, x.role
                        from theme_partner x join theme t on t.id = x.theme_id
                        where x.partner_id = :p order by t.start_date desc, t.id""").param("p", id).list(PartnerInvolvement.ThemeRole.class);
        return new PartnerInvolvement(themes, named("""
                        select s.id, s.title, null as slug, x.role, s.status from partnership_partner x
                        join partnership s on s.id = x.partnership_id where x.partner_id = :p order by s.title, s.id""", id), named("""
                        select c.id, c.title, c.slug, null as role, null as status from case_partner x
                        join cases c on c.id = x.case_id where x.partner_id = :p order by c.title, c.id""", id), named("""
                        select j.id, j.name as title, j.slug, x.role, null as status from project_partner x
                        join project j on j.id = x.project_id where x.partner_id = :p order by j.name, j.id""", id));
    }

    private List<PartnerInvolvement.Named> named(String select, long partnerId) {
        return sql.select(select).param("p", partnerId).list(PartnerInvolvement.Named.class);
    }
}
