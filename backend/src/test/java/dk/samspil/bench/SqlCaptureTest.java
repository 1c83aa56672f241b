package dk.samspil.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** make bench's reading of PostgreSQL's log and its pgbench script, on lines as PostgreSQL 17 writes them. */
class SqlCaptureTest {

    private static final List<String> LOG = List.of("""
            {"timestamp":"2026-12-07 12:00:00.001 UTC","user":"postgres","dbname":"bench","pid":11,\
            "error_severity":"LOG","message":"duration: 0.020 ms  parse <unnamed>: select 1 from x where id = $1",\
            "backend_type":"client backend"}""", """
            {"timestamp":"2026-12-07 12:00:00.002 UTC","user":"postgres","dbname":"bench","pid":11,\
            "error_severity":"LOG","message":"duration: 0.031 ms  execute S_3: select t.id, t.title\\nfrom theme t\
             where t.id = $1 and t.slug = $2 and t.note is not distinct from $10",\
            "detail":"Parameters: $1 = '8', $2 = 'it''s, $3 = ''x''', $10 = NULL","backend_type":"client backend"}""", """
            {"timestamp":"2026-12-07 12:00:00.003 UTC","user":"postgres","dbname":"postgres","pid":12,\
            "error_severity":"LOG","message":"duration: 0.010 ms  execute <unnamed>: select sum(calls) from s",\
            "backend_type":"client backend"}""", """
            {"timestamp":"2026-12-07 12:00:00.004 UTC","user":"postgres","dbname":"bench","pid":11,\
            "error_severity":"LOG","message":"duration: 0.012 ms  execute S_1/C_2: select count(*) from cases c",\
            "backend_type":"client backend"}""", "");

    @Test
    void readsTheStatementsTheAppsDatabaseExecutedWithTheirParametersWrittenIn() {
        List<String> statements = SqlCapture.parse(LOG, "bench").stream()
                .map(SqlCapture.Logged::inlined)
                .toList();
        assertEquals(
                List.of(
                        "select t.id, t.title\nfrom theme t where t.id = '8' and t.slug = 'it''s, $3 = ''x'''"
                                + " and t.note is not distinct from NULL",
                        "select count(*) from cases c"),
                statements,
                "executes only (no parse), of the app's database only, $10 not taken for $1");
    }

    @Test
    void whatABackgroundJobRanDuringOneCaptureIsLeftOut() {
        SqlCapture.Logged begin = new SqlCapture.Logged("BEGIN", Map.of());
        SqlCapture.Logged page = new SqlCapture.Logged("select * from cases limit $1", Map.of(1, "'20'"));
        SqlCapture.Logged count = new SqlCapture.Logged("select count(*) from cases", Map.of());
        SqlCapture.Logged job = new SqlCapture.Logged("insert into rate_limit_counter values ($1)", Map.of(1, "'3'"));
        assertEquals(
                List.of(begin, count, page, page),
                SqlCapture.inEveryWindow(List.of(
                        List.of(begin, job, count, page, page),
                        List.of(begin, count, page, page, job),
                        List.of(page, count, begin, page))),
                "the job is in two captures of three; the page is read twice in each");
    }

    @Test
    void aLineThatIsNotJsonIsAnError() {
        assertThrows(IllegalStateException.class, () -> SqlCapture.parse(List.of("LOG:  duration"), "bench"));
    }

    @Test
    void pgbenchRunsTheStatementsAsOneTransactionAndItsRateIsRead() {
        assertEquals(
                "begin;\nselect 1;\nselect 2;\ncommit;\n",
                Pgbench.script(List.of("begin", "select 1;", " select 2 ", "commit")));
        assertEquals(1234.5, Pgbench.tps("""
                        number of failed transactions: 0 (0.000%)
                        latency average = 12.961 ms
                        initial connection time = 25.512 ms
                        tps = 1234.500000 (without initial connection time)
                        """));
        assertThrows(IllegalStateException.class, () -> Pgbench.tps("pgbench: error: connection failed"));
    }
}
