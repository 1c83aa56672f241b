package dk.samspil.common.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query read one row at a time, for answers that may grow without bound (open data): PostgreSQL hands
 * the rows over in batches through a cursor on a read-only connection of its own, so memory stays flat
 * however many rows there are. Each row is read by its column labels, in the query's order; timestamps
 * come as {@link java.time.Instant}, dates as {@link java.time.LocalDate}, arrays as lists.
 */
@ApplicationScoped
public class RowStream {

    private static final int BATCH = 500;

    @Inject
    AgroalDataSource dataSource;

    /** What to do with each row. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Map<String, Object> row) throws Exception;
    }

    /** The column labels of the query, in order, then every row. */
    public void each(String sql, java.util.function.Consumer<List<String>> columns, RowHandler rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL uses a cursor (and the fetch size) only in a transaction
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(BATCH);
                try (ResultSet rs = statement.executeQuery()) {
                    List<String> labels = labels(rs.getMetaData());
                    columns.accept(labels);
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (String label : labels) {
                            row.put(label, value(rs.getObject(label)));
                        }
                        rows.row(row);
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Streaming a query failed", e);
        }
    }

    private static List<String> labels(ResultSetMetaData meta) throws SQLException {
        List<String> labels = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i));
        }
        return labels;
    }

    private static Object value(Object value) throws SQLException {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        return value;
    }
}
