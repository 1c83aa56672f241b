package dk.samspil.access.audit;

import dk.samspil.common.paging.Filters;
import dk.samspil.common.paging.PageRequest;
import dk.samspil.common.paging.Pages;
import dk.samspil.common.paging.SortFields;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Access;
import dk.samspil.common.security.Caller;
import dk.samspil.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/** Reading the audit trail: admins all of it, coordinators the history of one resource. */
@ApplicationScoped
public class AuditService {

    public static final SortFields SORT = SortFields.of("-occurredAt", "e.id desc", "occurredAt", "e.occurredAt");

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditWords words;

    public AuditPage list(AuditFilter filter, PageRequest page, Locale locale) {
        Caller caller = access.requireSignedIn();
        boolean oneResource = filter.entityType() != null && filter.entityId() != null;
        if (!caller.admin() && !(oneResource && caller.coordinates())) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.audit");
        }
        Filters where = new Filters()
                .and("e.entityType = :type", "type", filter.entityType())
                .and("e.entityId = :entity", "entity", filter.entityId())
                .and("e.actorType = 'USER' and e.actorId = :user", "user", filter.userId())
                .and("e.actorType = 'TOKEN' and e.actorId = :token", "token", filter.tokenId())
                .and(
                        "e.occurredAt >= :from",
                        "from",
                        filter.from() == null
                                ? null
                                : filter.from()
                                        .atStartOfDay(AppClock.DANISH_TIME)
                                        .toInstant())
                .and(
                        "e.occurredAt < :to",
                        "to",
                        filter.to() == null
                                ? null
                                : filter.to()
                                        .plusDays(1)
                                        .atStartOfDay(AppClock.DANISH_TIME)
                                        .toInstant());
        return Pages.query(
                em,
                where,
                "select count(e) from AuditEvent e",
                """
                select new dk.samspil.access.audit.AuditRow(e.id, e.occurredAt, e.actorType, e.actorId, e.actorName,
                    e.entityType, e.entityId, e.action, e.changes) from AuditEvent e""",
                page,
                AuditRow.class,
                (rows, number, size, total, pages) ->
                        new AuditPage(words.describe(rows, locale), number, size, total, pages));
    }
}
