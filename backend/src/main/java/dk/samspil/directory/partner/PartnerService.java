package dk.samspil.directory.partner;

import static dk.samspil.common.text.Texts.blankToNull;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.http.ETags;
import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
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

/** Partner organisations: everyone reads them, coordinators manage them. */
@ApplicationScoped
public class PartnerService {

    public static final SortFields SORT =
            SortFields.of("name", "p.id asc", "name", "p.name", "type", "p.type", "updatedAt", "p.updatedAt");

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
                select new dk.samspil.directory.partner.PartnerView(p.id, p.name, p.type, p.website, p.national, p.description,
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
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
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
}
