package dk.samspil.fuzz;

import dk.samspil.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the database holds, checked from its own catalogue rather than from a list kept by hand: a fingerprint
 * of every table (to prove that requests changed nothing), and every constraint verified again over the rows
 * (to prove that what was written is whole: no orphans, no broken check, no duplicate, no missing value).
 */
final class DatabaseCheck {

    private final TestDatabase db;
    private final Map<String, Integer> checked = new TreeMap<>();

    DatabaseCheck(TestDatabase db) {
        this.db = db;
    }

    /** The tables of the app's schema, but Flyway's own. */
    List<String> tables() {
        return db.rows("""
                        select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relkind in ('r', 'p')
                          and c.relname <> 'flyway_schema_history'
                        order by c.relname""").stream().map(r -> r.get("name").toString()).toList();
    }

    /** Per table, the row count and a hash of all its rows, but for the tables named in {@code except}. */
    Map<String, String> fingerprint(Set<String> except) {
        Map<String, String> prints = new TreeMap<>();
        for (String table : tables()) {
            if (except.contains(table)) {
                continue;
            }
            Map<String, Object> row = db.row("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by"
                    + " t::text)), '') as print from " + quote(table) + " t");
            prints.put(table, row.get("print").toString());
        }
        return prints;
    }

    /** Every way the rows break a constraint of the schema, as "constraint: n rows" (empty when none). */
    List<String> violations() {
        checked.clear();
        List<String> found = new ArrayList<>();
        foreignKeys(found);
        checks(found);
        uniques(found);
        notNulls(found);
        return found;
    }

    /** Rows whose reference leads nowhere, for every foreign key (whatever its match type or deferral). */
    private void foreignKeys(List<String> found) {
        for (Map<String, Object> fk : db.rows("""
                select con.conname as name, src.relname as child, dst.relname as parent,
                       (select string_agg(quote_ident(a.attname), ',' order by k.i)
                          from unnest(con.conkey) with ordinality k(att, i)
                          join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.att) as child_columns,
                       (select string_agg(quote_ident(a.attname), ',' order by k.i)
                          from unnest(con.confkey) with ordinality k(att, i)
                          join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.att) as parent_columns
                from pg_constraint con
                join pg_class src on src.oid = con.conrelid
                join pg_class dst on dst.oid = con.confrelid
                join pg_namespace n on n.oid = con.connamespace
                where con.contype = 'f' and n.nspname = current_schema()
                order by con.conname""")) {
            String[] child = fk.get("child_columns").toString().split(",");
            String[] parent = fk.get("parent_columns").toString().split(",");
            StringBuilder notNull = new StringBuilder();
            StringBuilder join = new StringBuilder();
            for (int i = 0; i < child.length; i++) {
                notNull.append(i == 0 ? "" : " and ")
                        .append("c.")
                        .append(child[i])
                        .append(" is not null");
                join.append(i == 0 ? "" : " and ")
                        .append("p.")
                        .append(parent[i])
                        .append(" = c.")
                        .append(child[i]);
            }
            count(
                    found,
                    "foreign key",
                    "foreign key " + fk.get("name"),
                    "select count(*) from " + quote(fk.get("child").toString()) + " c where " + notNull
                            + " and not exists (select 1 from "
                            + quote(fk.get("parent").toString()) + " p where "
                            + join + ")");
        }
    }

    /** Rows for which a CHECK constraint's expression is false, evaluated again. */
    private void checks(List<String> found) {
        for (Map<String, Object> check : db.rows("""
                select con.conname as name, src.relname as tab, pg_get_constraintdef(con.oid) as def
                from pg_constraint con
                join pg_class src on src.oid = con.conrelid
                join pg_namespace n on n.oid = con.connamespace
                where con.contype = 'c' and n.nspname = current_schema()
                order by con.conname""")) {
            String def = check.get("def").toString().replaceFirst(" NOT VALID$", "");
            if (!def.startsWith("CHECK ")) {
                throw new IllegalStateException("Unexpected check " + def);
            }
            count(
                    found,
                    "check",
                    "check " + check.get("name") + " " + def,
                    "select count(*) from " + quote(check.get("tab").toString()) + " where not "
                            + def.substring("CHECK ".length()));
        }
    }

    /** Duplicates under every unique index (constraints and plain unique indexes, partial and on expressions). */
    private void uniques(List<String> found) {
        for (Map<String, Object> index : db.rows("""
                select i.relname as name, t.relname as tab, pg_get_expr(x.indpred, x.indrelid) as predicate,
                       (select string_agg('(' || pg_get_indexdef(x.indexrelid, k, true) || ')', chr(31) order by k)
                          from generate_series(1, x.indnkeyatts) k) as keys,
                       coalesce((to_jsonb(x) ->> 'indnullsnotdistinct')::boolean, false) as nulls_not_distinct
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                join pg_namespace n on n.oid = t.relnamespace
                where x.indisunique and n.nspname = current_schema() and t.relname <> 'flyway_schema_history'
                order by i.relname""")) {
            List<String> keys = List.of(index.get("keys").toString().split("\u001f"));
            List<String> conditions = new ArrayList<>();
            if (index.get("predicate") != null) {
                conditions.add("(" + index.get("predicate") + ")");
            }
            if (!Boolean.TRUE.equals(index.get("nulls_not_distinct"))) {
                keys.forEach(k -> conditions.add(k + " is not null"));
            }
            String keyList = String.join(", ", keys);
            count(
                    found,
                    "unique index",
                    "unique index " + index.get("name") + " " + keyList,
                    "select count(*) from (select 1 from "
                            + quote(index.get("tab").toString())
                            + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                            + " group by " + keyList + " having count(*) > 1) duplicates");
        }
    }

    /** Rows with a null in a column declared not null. */
    private void notNulls(List<String> found) {
        Map<String, List<String>> columns = new TreeMap<>();
        for (Map<String, Object> column : db.rows("""
                select c.relname as tab, quote_ident(a.attname) as col
                from pg_attribute a
                join pg_class c on c.oid = a.attrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0
                  and not a.attisdropped and a.attnotnull
                order by c.relname, a.attnum""")) {
            columns.computeIfAbsent(column.get("tab").toString(), k -> new ArrayList<>())
                    .add(column.get("col").toString());
        }
        columns.forEach((table, names) -> count(
                found,
                "table's not-null columns",
                "not null in " + table,
                "select count(*) from " + quote(table) + " where "
                        + String.join(
                                " or ", names.stream().map(n -> n + " is null").toList())));
    }

    /** How many constraints of each kind the last {@link #violations()} verified. */
    Map<String, Integer> checked() {
        return checked;
    }

    private void count(List<String> found, String kind, String what, String sql) {
        checked.merge(kind, 1, Integer::sum);
        long rows = db.count(sql);
        if (rows != 0) {
            found.add(what + ": " + rows + " rows break it (" + sql + ")");
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
