package dk.samspil.integration.changes;

import dk.samspil.common.db.Sql;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Access;
import dk.samspil.common.time.AppClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the feed in commit order, and keeps it from growing without end.
 *
 * <p>Entries are ordered by (transaction id, id), but transaction ids are handed out when a transaction
 * starts writing, not when it commits: a long transaction can commit after a short one that started later.
 * So a page only ever contains entries of transactions below the oldest one still running (the snapshot's
 * xmin): every transaction there has finished, and any entry that becomes visible later sorts after every
 * cursor already handed out. A page is one statement, whose snapshot gives both the entries and that
 * boundary.
 */
@ApplicationScoped
public class ChangeFeedService {

    /** Cursors are promised for 30 days; entries are kept a little longer. */
    static final Duration KEPT = Duration.ofDays(35);

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    Sql sql;

    @Inject
    Access access;

    @Inject
    AppClock clock;

    /** One entry and where the feed stood when it was read. */
    record Row(String snapshotXmin, String prunedXid, long prunedId, Entry change) {}

    record Entry(
            String xid,
            Long id,
            Instant occurredAt,
            String resourceType,
            Long resourceId,
            String action,
            Long version) {}

    /**
     * @param after null to start at the oldest change kept
     * @param types empty for every type
     */
    public ChangePage read(Cursor after, Set<ChangeType> types, int limit) {
        Cursor from = after == null ? Cursor.START : after;
        String typeClause = types.isEmpty() ? "" : " and r.resource_type in (:types)";
        Sql.Statement query = sql.select("""
                select cast(s.xmin as text) as snapshot_xmin, cast(h.xid as text) as pruned_xid,
                       h.change_id as pruned_id, cast(c.xid as text) as change_xid, c.id as change_id,
                       c.occurred_at as change_occurred_at, c.resource_type as change_resource_type,
                       c.resource_id as change_resource_id, c.action as change_action, c.version as change_version
                from (select pg_snapshot_xmin(pg_current_snapshot()) as xmin) s
                cross join resource_change_horizon h
                left join lateral (
                    select r.xid, r.id, r.occurred_at, r.resource_type, r.resource_id, r.action, r.version
                    from resource_change r
                    where (r.xid, r.id) > (cast(:xid as xid8), :id) and r.xid < s.xmin
                      and r.audience in (:audiences)""" + typeClause + """

                    order by r.xid, r.id
                    limit :limit
                ) c on true
                order by c.xid, c.id""")
                .param("xid", Long.toString(from.xid()))
                .param("id", from.id())
                .param("audiences", Audience.readableBy(access.caller()))
                .param("limit", limit + 1);
        if (!types.isEmpty()) {
            query.param("types", types.stream().map(t -> t.apiName).toList());
        }
        List<Row> rows = query.list(Row.class);
        Row first = rows.get(0);
        if (after != null && after.compareTo(new Cursor(Long.parseLong(first.prunedXid()), first.prunedId())) < 0) {
            throw new ApiException(ProblemType.GONE, "problem.gone.detail.cursor");
        }
        List<ChangeView> items = new ArrayList<>();
        Cursor last = from;
        for (Row row : rows) {
            Entry e = row.change();
            if (e == null || items.size() == limit) {
                continue;
            }
            ChangeType type = ChangeType.ofApiName(e.resourceType()).orElseThrow();
            items.add(new ChangeView(
                    e.resourceType(),
                    e.resourceId(),
                    e.action(),
                    e.occurredAt(),
                    e.version(),
                    type.href(e.resourceId())));
            last = new Cursor(Long.parseLong(e.xid()), e.id());
        }
        boolean hasMore = rows.size() > limit;
        // With nothing more to read, every transaction below xmin has been seen: continue from there, so that
        // a client whose filter matches nothing still moves on (and its cursor does not expire).
        Cursor next = hasMore ? last : Cursor.max(from, new Cursor(Long.parseLong(first.snapshotXmin()), 0));
        return new ChangePage(items, next.encode(), hasMore);
    }

    /** Drops what is older than the promise, and remembers where, so that an older cursor answers 410. */
    @Scheduled(
            every = "${samspil.changes.prune-every:1h}",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void prune() {
        sql.update("""
                with edge as (
                    select xid, id from resource_change where occurred_at < :cutoff
                    order by xid desc, id desc limit 1
                ), gone as (
                    delete from resource_change r using edge where (r.xid, r.id) <= (edge.xid, edge.id)
                )
                update resource_change_horizon h set xid = edge.xid, change_id = edge.id from edge
                where (edge.xid, edge.id) > (h.xid, h.change_id)""").param("cutoff", clock.now().minus(KEPT)).execute();
    }
}
