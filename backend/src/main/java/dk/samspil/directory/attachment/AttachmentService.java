package dk.samspil.directory.attachment;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.Sql;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.problem.ProblemType;
import dk.samspil.common.security.Access;
import dk.samspil.common.security.Caller;
import dk.samspil.common.security.Role;
import dk.samspil.common.time.AppClock;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files in PostgreSQL: checked by size and by content type (from the bytes), named harmlessly, and stored
 * once per content. Files that public content uses (toolbox items, project documents) are public; the
 * others (e.g. a partnership's agreement) only for signed-in users and read-private tokens.
 */
@ApplicationScoped
public class AttachmentService {

    @ConfigProperty(name = "samspil.upload.max-file-size")
    MemorySize maxFileSize;

    @Inject
    Sql sql;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    /** How much of a file a download reads at a time. */
    static final int SLICE_BYTES = 1 << 20;

    /** The outcome of an upload: the attachment, and whether this content was new. */
    public record Stored(AttachmentView attachment, boolean created) {}

    @Transactional
    public Stored store(Path file, String originalName) {
        Caller caller = access.requireSignedIn();
        if (!caller.coordinates() && !(caller.roles().contains(Role.EDITOR) && caller.libraryId() != null)) {
            throw new ApiException(ProblemType.FORBIDDEN, "problem.forbidden.detail.upload");
        }
        try {
            long size = Files.size(file);
            if (size > maxFileSize.asLongValue()) {
                throw new ApiException(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "problem.payload-too-large.detail.file",
                        maxFileSize.asLongValue() / (1024 * 1024));
            }
            if (size == 0) {
                throw ApiException.invalidField("file", "attachment.empty");
            }
            FileType type = FileType.of(file)
                    .orElseThrow(() -> new ApiException(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            "problem.unsupported-media-type.detail.file",
                            Arrays.stream(FileType.values())
                                    .map(t -> t.extension.toUpperCase())
                                    .collect(Collectors.joining(", "))));
            byte[] bytes = Files.readAllBytes(file);
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            Optional<AttachmentView> existing = bySha(sha256);
            if (existing.isPresent()) {
                return new Stored(existing.get(), false);
            }
            String name = FileNames.neutralise(originalName, type);
            Instant now = clock.now();
            int inserted = sql.update("""
                            insert into attachment (sha256, content_type, size_bytes, content, file_name, created_at)
                            values (:sha, :type, :size, :content, :name, :now) on conflict (sha256) do nothing""")
                    .param("sha", sha256)
                    .param("type", type.contentType)
                    .param("size", size)
                    .param("content", bytes)
                    .param("name", name)
                    .param("now", now)
                    .execute();
            AttachmentView stored = bySha(sha256).orElseThrow();
            if (inserted == 1) {
                Map<String, Object> snapshot = new LinkedHashMap<>();
                snapshot.put("fileName", stored.fileName());
                snapshot.put("contentType", stored.contentType());
                snapshot.put("sizeBytes", stored.sizeBytes());
                snapshot.put("sha256", stored.sha256());
                audit.created("attachment", stored.id(), snapshot);
            }
            return new Stored(stored, inserted == 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attachment, if the caller may see it. */
    public Optional<AttachmentView> get(long id) {
        return select("a.id = :key", id).filter(a -> visible(a.id()));
    }

    /**
     * Writes the file's content to {@code out} as it is read, {@value #SLICE_BYTES} bytes a statement, so that a
     * download holds a slice of it at a time however large the file and however many are downloaded at once. The
     * column is stored uncompressed (migration V16), so that PostgreSQL reads a slice without the rest of the file.
     * An attachment is never changed once stored; should it be deleted meanwhile, the download is cut short.
     */
    @Transactional
    public void writeContent(AttachmentView meta, OutputStream out) throws IOException {
        for (long from = 0; from < meta.sizeBytes(); from += SLICE_BYTES) {
            byte[] slice = sql.select("select substring(content from :from for :length) from attachment where id = :id")
                    .param("from", Math.toIntExact(from + 1))
                    .param("length", SLICE_BYTES)
                    .param("id", meta.id())
                    .optional(byte[].class)
                    .orElseThrow(() -> new IOException("Attachment " + meta.id() + " deleted while it was sent"));
            out.write(slice);
        }
    }

    /** Files that public content uses are public; the rest only for those who read private details. */
    private boolean visible(long id) {
        if (access.caller().readsPrivate()) {
            return true;
        }
        return sql.select("""
                        select exists (select 1 from toolbox_item_attachment t where t.attachment_id = :id)
                            or exists (select 1 from project_document d where d.attachment_id = :id)""").param("id", id).one(Boolean.class);
    }

    private Optional<AttachmentView> bySha(String sha256) {
        return select("a.sha256 = :key", sha256);
    }

    private Optional<AttachmentView> select(String where, Object key) {
        return sql.select("select a.id, a.file_name, a.content_type, a.size_bytes, a.sha256,"
                        + " '/api/attachments/' || a.id as href, a.created_at from attachment a where " + where)
                .param("key", key)
                .optional(AttachmentView.class);
    }
}
