package dk.samspil.partnering.involvement;

import dk.samspil.common.db.Sql;
import dk.samspil.common.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a partner takes part in across Samspil: the collaboration's themes and Byg partnerskaber's
 * partnerships, good examples and projects. It lives here, above both, so the directory of partners
 * knows nothing of the domains that use it.
 */
@ApplicationScoped
public class PartnerInvolvementService {

    /** Each list aggregated by the database, in a client's order; no row for a partner that is not there. */
    private static final String INVOLVEMENT = """
            select
              (select coalesce(json_agg(json_build_object(
                          'theme', json_build_object('id', t.id, 'number', t.number, 'title', t.title, 'slug', t.slug),
                          'role', x.role) order by t.start_date desc, t.id), '[]')
               from theme_partner x join theme t on t.id = x.theme_id where x.partner_id = p.id)::text as themes,
              (select coalesce(json_agg(json_build_object('id', s.id, 'title', s.title, 'role', x.role,
                                                          'status', s.status) order by s.title, s.id), '[]')
               from partnership_partner x join partnership s on s.id = x.partnership_id
               where x.partner_id = p.id)::text as partnerships,
              (select coalesce(json_agg(json_build_object('id', c.id, 'title', c.title, 'slug', c.slug)
                                        order by c.title, c.id), '[]')
               from case_partner x join cases c on c.id = x.case_id where x.partner_id = p.id)::text as cases,
              (select coalesce(json_agg(json_build_object('id', j.id, 'title', j.name, 'slug', j.slug, 'role', x.role)
                                        order by j.name, j.id), '[]')
               from project_partner x join project j on j.id = x.project_id where x.partner_id = p.id)::text as projects
            from partner p where p.id = :p""";

    @Inject
    Sql sql;

    /** The themes, partnerships, good examples and projects the partner is in (one statement), or a 404. */
    public PartnerInvolvement involvement(long id) {
        return sql.select(INVOLVEMENT)
                .param("p", id)
                .optional(PartnerInvolvement.class)
                .orElseThrow(() -> ApiException.notFound("problem.not-found.detail.partner", id));
    }
}
