package dk.samspil.partnering.partnership;

import dk.samspil.common.db.Sql;
import dk.samspil.directory.library.LibraryRef;
import dk.samspil.directory.partner.PartnerRef;
import dk.samspil.partnering.partnership.PartnershipSummary.PartnerInPartnership;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The libraries and partners that partnerships, good examples and projects list, read through their link
 * tables for a whole page of them at once (one statement each), by owner, in name order. Table and column
 * names come from code.
 */
public final class Linked {

    private Linked() {}

    /** A partner as a link table that gives it a role stores it. */
    public record PartnerWithRole(long partnerId, String role) {}

    private record LibraryRow(long ownerId, LibraryRef library) {}

    private record PartnerRow(long ownerId, PartnerRef partner, String role) {}

    /** @param link the link table, e.g. "case_library", with the owner's column, e.g. "case_id" */
    public static Map<Long, List<LibraryRef>> libraries(Sql sql, String link, String owner, Collection<Long> ids) {
        return byOwner(
                sql,
                "select x." + owner + " as owner_id, l.id as library_id, l.name as library_name from " + link
                        + " x join library l on l.id = x.library_id where x." + owner
                        + " in (:ids) order by l.name, l.id",
                ids,
                LibraryRow.class,
                LibraryRow::ownerId,
                LibraryRow::library);
    }

    /** Partners with the role the link table gives them. */
    public static Map<Long, List<PartnerInPartnership>> partnersWithRoles(
            Sql sql, String link, String owner, Collection<Long> ids) {
        return partners(sql, link, owner, "x.role", ids, r -> new PartnerInPartnership(r.partner(), r.role()));
    }

    public static Map<Long, List<PartnerRef>> partners(Sql sql, String link, String owner, Collection<Long> ids) {
        return partners(sql, link, owner, "null", ids, PartnerRow::partner);
    }

    private static <V> Map<Long, List<V>> partners(
            Sql sql, String link, String owner, String role, Collection<Long> ids, Function<PartnerRow, V> value) {
        return byOwner(
                sql,
                "select x." + owner
                        + " as owner_id, p.id as partner_id, p.name as partner_name, p.type as partner_type,"
                        + " p.national as partner_national, " + role + " as role from " + link
                        + " x join partner p on p.id = x.partner_id where x." + owner
                        + " in (:ids) order by p.name, p.id",
                ids,
                PartnerRow.class,
                PartnerRow::ownerId,
                value);
    }

    private static <R, V> Map<Long, List<V>> byOwner(
            Sql sql,
            String select,
            Collection<Long> ids,
            Class<R> type,
            Function<R, Long> owner,
            Function<R, V> value) {
        Map<Long, List<V>> byOwner = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            sql.select(select)
                    .param("ids", ids)
                    .grouped(type, owner)
                    .forEach((id, rows) ->
                            byOwner.put(id, rows.stream().map(value).toList()));
        }
        return byOwner;
    }
}
