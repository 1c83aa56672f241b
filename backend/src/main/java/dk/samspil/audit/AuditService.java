package dk.samspil.audit;

import dk.samspil.auth.Access;
import dk.samspil.auth.Caller;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the audit trail: admins all of it, coordinators the history of one resource. */
@ApplicationScoped
public class AuditService {

    public static final SortFields SORT = SortFields.of("-occurredAt", "e.id desc", "occurredAt", "e.occurredAt");

    @Inject
    EntityManager em;

    @Inject
    Access access;

    public AuditPage list(AuditFilter filter, PageRequest page) {
        Caller caller = access.requireSignedIn();
        boolean oneResource = filter.entityType() != null && filter.entityId() != null;
        if (!caller.admin() && !(oneResource && caller.coordinates())) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.audit");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.entityType() != null) {
            where.append(" and e.entityType = :type");
            params.put("type", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and e.entityId = :entity");
            params.put("entity", filter.entityId());
        }
        if (filter.userId() != null) {
            where.append(" and e.actorType = 'USER' and e.actorId = :user");
            params.put("user", filter.userId());
        }
        if (filter.tokenId() != null) {
            where.append(" and e.actorType = 'TOKEN' and e.actorId = :token");
            params.put("token", filter.tokenId());
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay(AppClock.DANISH_TIME).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(AppClock.DANISH_TIME).toInstant());
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where + " order by "
                + page.orderBy(), AuditEvent.class);
        params.forEach(query::setParameter);
        List<AuditEventView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(AuditEventView::of).toList();
        return new AuditPage(items, page.page(), page.size(), total, page.totalPages(total));
    }
}
