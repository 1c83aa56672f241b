package dk.samspil.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503, retry) rather than a fault (500). */
class DatabaseUnreachableTest {

    @Test
    void aCommitThatLosesItsConnectionIsTheDatabaseAwayEvenWhenOnlySuppressedSaysSo() {
        // As Narayana reports it: the rollback's cause is empty; the lost connection is suppressed.
        SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(shutdown);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);
        assertTrue(ProblemMapper.databaseUnreachable(new IllegalStateException("Error invoking", rollback)));
    }

    @Test
    void otherFailuresAreNot() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key value", "23505"));
        assertFalse(ProblemMapper.databaseUnreachable(new IllegalStateException("Error invoking", rollback)));
        assertFalse(ProblemMapper.databaseUnreachable(new IllegalStateException("secret internal detail")));
        assertTrue(ProblemMapper.databaseUnreachable(new SQLException("connection refused", "08001")));
    }
}
