package dk.samspil.partner;

import dk.samspil.audit.AuditLog;
import dk.samspil.auth.Access;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dk.samspil.common.text.Texts.blankToNull;

/** Partner organisations: everyone reads them, coordinators manage them. */
@ApplicationScoped
public class PartnerService {

    public static final SortFields SORT = SortFields.of("name", "p.id asc",
            "name", "p.name", "type", "p.type", "updatedAt", "p.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    ReferenceGuard referenceGuard;

    public PartnerPage list(PartnerType type, Boolean national, String q, PageRequest page) {
        Filters where = new Filters()
                .and("p.type = :type", "type", type)
                .and("p.national = :national", "national", national)
                .contains(q, "p.name");
        long total = where.count(em, "select count(p) from Partner p");
        List<PartnerView> items = where.page(em, """
                select new dk.samspil.partner.PartnerView(p.id, p.name, p.type, p.website, p.national, p.description,
                    p.createdAt, p.updatedAt, p.version) from Partner p""", page, total, PartnerView.class);
        return new PartnerPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public Optional<PartnerView> get(long id) {
        return Optional.ofNullable(em.find(Partner.class, id)).map(PartnerView::of);
    }

    @Transactional
    public PartnerView create(PartnerInput input) {
        access.requireCoordinator();
        Partner partner = new Partner();
        partner.createdAt = clock.now();
        apply(partner, input);
        em.persist(partner);
        em.flush();
        audit.created("partner", partner.id, snapshot(partner));
        return PartnerView.of(partner);
    }

    @Transactional
    public PartnerView update(long id, String ifMatch, PartnerInput input) {
        access.requireCoordinator();
        Partner partner = find(id);
        ETags.requireMatch(ifMatch, partner.version);
        Map<String, Object> before = snapshot(partner);
        apply(partner, input);
        if (before.equals(snapshot(partner))) {
            return PartnerView.of(partner);
        }
        partner.updatedAt = clock.now();
        em.flush();
        audit.updated("partner", id, before, snapshot(partner));
        return PartnerView.of(partner);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        access.requireCoordinator();
        Partner partner = find(id);
        ETags.requireMatch(ifMatch, partner.version);
        referenceGuard.requireUnreferenced("partner", id);
        Map<String, Object> before = snapshot(partner);
        em.remove(partner);
        em.flush();
        audit.deleted("partner", id, before);
    }

    private Partner find(long id) {
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            throw ApiException.notFound("problem.not-found.detail.partner", id);
        }
        return partner;
    }

    private void apply(Partner partner, PartnerInput input) {
        String name = input.name().trim();
        boolean taken = !em.createQuery(
                        "select p.id from Partner p where lower(p.name) = :name and p.id <> :id", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("id", partner.id == null ? -1L : partner.id)
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw ApiException.conflictOnField("name", "problem.conflict.detail.partner-name", name);
        }
        partner.name = name;
        partner.type = input.type();
        partner.website = blankToNull(input.website());
        partner.national = Boolean.TRUE.equals(input.national());
        partner.description = blankToNull(input.description());
        if (partner.updatedAt == null) {
            partner.updatedAt = partner.createdAt;
        }
    }

    private static Map<String, Object> snapshot(Partner p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", p.name);
        map.put("type", p.type);
        map.put("website", p.website);
        map.put("national", p.national);
        map.put("description", p.description);
        return map;
    }


    /** The themes, partnerships, good examples and projects the partner is in (four statements). */
    @SuppressWarnings("unchecked")
    public PartnerInvolvement involvement(long id) {
        find(id);
        List<PartnerInvolvement.ThemeRole> themes = ((List<Object[]>) em.createNativeQuery("""
                        select t.id, t.number, t.title, t.slug, x.role from theme_partner x join theme t on t.id = x.theme_id
                        where x.partner_id = :p order by t.start_date desc, t.id""").setParameter("p", id)
                .getResultList()).stream().map(r -> new PartnerInvolvement.ThemeRole(
                new dk.samspil.participation.ParticipationView.ThemeRef(((Number) r[0]).longValue(),
                        ((Number) r[1]).intValue(), (String) r[2], (String) r[3]), (String) r[4])).toList();
        return new PartnerInvolvement(themes, named("""
                        select s.id, s.title, null, x.role, s.status from partnership_partner x
                        join partnership s on s.id = x.partnership_id where x.partner_id = :p order by s.title, s.id""", id),
                named("""
                        select c.id, c.title, c.slug, null, null from case_partner x join cases c on c.id = x.case_id
                        where x.partner_id = :p order by c.title, c.id""", id),
                named("""
                        select j.id, j.name, j.slug, x.role, null from project_partner x join project j on j.id = x.project_id
                        where x.partner_id = :p order by j.name, j.id""", id));
    }

    @SuppressWarnings("unchecked")
    private List<PartnerInvolvement.Named> named(String sql, long partnerId) {
        return ((List<Object[]>) em.createNativeQuery(sql).setParameter("p", partnerId).getResultList()).stream()
                .map(r -> new PartnerInvolvement.Named(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4])).toList();
    }
}
