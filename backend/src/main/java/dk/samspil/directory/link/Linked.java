package dk.samspil.directory.link;

/**
 * The libraries and partners that themes, partnerships, good examples and projects link to, as SQL for a JSON
 * column of the statement that reads the linking item (or a page of them): the database aggregates them, in
 * name order, into the objects of {@code LibraryRef}, {@code PartnerRef} or a partner with its role, which
 * {@code Rows} reads into the record's list. Table and column names come from code, never from a client. Its
 * aliases (lx, ll, lp) are its own, so that it hides none of the outer statement's.
 */
public final class Linked {

    private Linked() {}

    /** A partner as a link table that gives it a role stores it. */
    public record PartnerWithRole(long partnerId, String role) {}

    private static final String PARTNER =
            "json_build_object('id', lp.id, 'name', lp.name, 'type', lp.type, 'national', lp.national)";
    private static final String LIBRARY_JOIN = "join library ll on ll.id = lx.library_id";
    private static final String PARTNER_JOIN = "join partner lp on lp.id = lx.partner_id";

    /**
     * @param link the link table, such as "case_library"
     * @param owner the link table's column of the owner's id, such as "case_id"
     * @param ownerId the SQL for the owner's id: a column of the outer statement ("c.id") or a parameter (":id")
     * @return a text column of {@code [{"id", "name"}, ...]}
     */
    public static String libraries(String link, String owner, String ownerId) {
        return array(
                "json_build_object('id', ll.id, 'name', ll.name) order by ll.name, ll.id",
                link,
                LIBRARY_JOIN,
                owner,
                ownerId);
    }

    /** Partners as {@code PartnerRef}s; the parameters as for {@link #libraries}. */
    public static String partners(String link, String owner, String ownerId) {
        return array(PARTNER + " order by lp.name, lp.id", link, PARTNER_JOIN, owner, ownerId);
    }

    /** Partners with the role the link table gives them: {@code [{"partner": {...}, "role"}, ...]}. */
    public static String partnersWithRoles(String link, String owner, String ownerId) {
        return array(
                "json_build_object('partner', " + PARTNER + ", 'role', lx.role) order by lp.name, lp.id",
                link,
                PARTNER_JOIN,
                owner,
                ownerId);
    }

    private static String array(String element, String link, String join, String owner, String ownerId) {
        return "(select coalesce(json_agg(" + element + "), '[]') from " + link + " lx " + join + " where lx." + owner
                + " = " + ownerId + ")::text";
    }
}
