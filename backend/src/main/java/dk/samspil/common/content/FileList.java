package dk.samspil.common.content;

import dk.samspil.common.db.ChildRows;
import dk.samspil.common.db.Sql;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The titled files of an item, in order, in a child table of its own (item, position, attachment_id, title,
 * file_name): written by changing only what changed, read with what a download needs. The file's name is kept
 * as it was when the item took it, so the link keeps its name.
 */
public final class FileList {

    /** A file of an item as stored. */
    record Stored(int position, long attachmentId, String title, String fileName) {}

    private final String table;
    private final String owner;
    private final ChildRows<Stored> rows;

    private FileList(String table, String owner) {
        this.table = table;
        this.owner = owner;
        this.rows = ChildRows.of(table, owner, "position", Stored.class);
    }

    /** The files kept in {@code table}, whose column {@code owner} is the item's id (names from code, never a client). */
    public static FileList of(String table, String owner) {
        return new FileList(table, owner);
    }

    /** The attachment ids of the files asked for, to check they exist. */
    public static List<Long> ids(List<AttachmentRef> files) {
        return files.stream().map(AttachmentRef::attachmentId).toList();
    }

    /** Makes the item's files these, in this order. @return whether anything changed */
    public boolean write(Sql sql, long ownerId, List<AttachmentRef> files, boolean created) {
        Map<Long, String> names = ContentFiles.names(sql, ids(files));
        List<Stored> stored = IntStream.range(0, files.size())
                .mapToObj(p -> new Stored(
                        p,
                        files.get(p).attachmentId(),
                        files.get(p).title().trim(),
                        names.get(files.get(p).attachmentId())))
                .toList();
        return rows.write(sql, ownerId, stored, created);
    }

    /** A file as the database gives it, before its link is added ({@link #views}). */
    public record Row(long attachmentId, String title, String fileName, String contentType, long sizeBytes) {}

    /**
     * The item's files as a JSON column of the statement that reads the item, read into a {@code List<Row>}.
     *
     * @param ownerId the SQL for the item's id: a column of the outer statement or a parameter (":id")
     */
    public String json(String ownerId) {
        return "(select coalesce(json_agg(json_build_object('attachmentId', a.id, 'title', x.title, 'fileName',"
                + " x.file_name, 'contentType', a.content_type, 'sizeBytes', a.size_bytes) order by x.position), '[]')"
                + " from " + table + " x join attachment a on a.id = x.attachment_id where x." + owner + " = "
                + ownerId + ")::text";
    }

    /** The files with their download links. */
    public static List<FileView> views(List<Row> rows) {
        return rows.stream()
                .map(f -> new FileView(
                        f.attachmentId(),
                        f.title(),
                        f.fileName(),
                        f.contentType(),
                        f.sizeBytes(),
                        ContentFiles.href(f.attachmentId(), f.fileName())))
                .toList();
    }
}
