package dk.samspil.common.content;

import dk.samspil.common.db.Sql;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Uploaded files as content lists them: content keeps a file's name as it was uploaded next to its own row,
 * and links to the download under that name.
 */
public final class ContentFiles {

    private ContentFiles() {}

    private record Named(long id, String fileName) {}

    /** The file names of the given attachments, by id (one statement; none for no ids). */
    public static Map<Long, String> names(Sql sql, Collection<Long> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return Map.of();
        }
        return sql
                .select("select id, file_name from attachment where id in (:ids)")
                .param("ids", attachmentIds)
                .list(Named.class)
                .stream()
                .collect(Collectors.toMap(Named::id, Named::fileName));
    }

    /** Where to download the file, under its name. */
    public static String href(long attachmentId, String fileName) {
        return "/api/attachments/" + attachmentId + "?name=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }
}
