package dk.samspil.common.content;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.db.Sql;
import dk.samspil.common.db.VersionedEntity;
import dk.samspil.common.http.CrudService;
import dk.samspil.common.http.ETags;
import dk.samspil.common.http.Versioned;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a content type (partners, guide chapters, toolbox items, good examples, projects, partnerships) is
 * read and written, once: only its writers write; what is not there is a 404; an update or delete needs the
 * current ETag (428 without, 412 when stale); a delete is refused while other rows still point at it; the
 * parts are written after the content, so that they can refer to it, and only where they changed; and every
 * create, update and delete is in the audit trail with what changed. A subclass says what is its own: its
 * table, its fields, its parts, its view and who may write it.
 *
 * @param <E> the entity
 * @param <I> what a client sends to create one or replace its state
 * @param <V> what a client gets back
 */
public abstract class ContentService<E extends VersionedEntity, I, V extends Versioned> implements CrudService<I, V> {

    @Inject
    protected Access access;

    @Inject
    protected AuditLog audit;

    @Inject
    protected AppClock clock;

    @Inject
    protected Sql sql;

    @Inject
    protected ReferenceGuard references;

    @Inject
    protected EntityManager em;

    private final String table;
    private final String notFoundKey;
    private final Supplier<E> newEntity;
    private final Function<Long, Optional<E>> findById;

    /**
     * @param table       its table, which also names it in the audit trail
     * @param notFoundKey the message key of a 404's detail, whose argument is the id or slug asked for
     * @param newEntity   a new, empty one
     * @param findById    one by its id, e.g. {@code id -> Partner.findByIdOptional(id)}: a lambda, as a method
     *                    reference would call PanacheEntityBase's stub, not the method Panache writes into the entity
     */
    protected ContentService(
            String table, String notFoundKey, Supplier<E> newEntity, Function<Long, Optional<E>> findById) {
        this.table = table;
        this.notFoundKey = notFoundKey;
        this.newEntity = newEntity;
        this.findById = findById;
    }

    protected String table() {
        return table;
    }

    /** Content with slugs finds one by its slug; other content has none. */
    protected Optional<E> findBySlug(String slug) {
        return Optional.empty();
    }

    /**
     * Checks the input and sets the content's own fields from it. Every check that reads the database comes
     * before the first field is set: a query would otherwise flush a half-applied change.
     */
    protected abstract void apply(E content, I input);

    /** Writes the parts (rows of their own) the input asks for, only where they differ; whether it wrote any. */
    protected boolean writeParts(E content, I input, boolean created) {
        return false;
    }

    protected abstract V view(E content);

    /** The content's own fields as the audit trail records them, read from the entity alone. */
    protected abstract Map<String, Object> fields(E content);

    /** Its parts as the audit trail records them, read from its view. */
    protected Map<String, Object> parts(V view) {
        return Map.of();
    }

    /** Throws unless the caller may write content of this type at all; checked before anything is read. */
    protected void requireWriter() {
        access.requireCoordinator();
    }

    /** Throws unless the caller may write this content (null: a new one) with this input (null: a delete). */
    protected void requireWriterOf(E content, I input) {}

    /**
     * Whether an update that changes nothing still counts as a change (a new updatedAt and ETag). Content
     * with parts has always answered so; content without them keeps its ETag.
     */
    protected boolean touchesOnEveryUpdate() {
        return false;
    }

    public V get(long id) {
        return view(require(id));
    }

    public V bySlug(String slug) {
        return findBySlug(slug).map(this::view).orElseThrow(() -> ApiException.notFound(notFoundKey, slug));
    }

    @Transactional
    public V create(I input) {
        requireWriter();
        requireWriterOf(null, input);
        E content = newEntity.get();
        content.createdAt = clock.now();
        content.updatedAt = content.createdAt;
        apply(content, input);
        content.persist();
        em.flush(); // its id, for the parts to refer to
        writeParts(content, input, true);
        V view = view(content);
        audit.created(table, content.id, snapshot(content, view));
        return view;
    }

    @Transactional
    public V update(long id, String ifMatch, I input) {
        requireWriter();
        E content = require(id);
        requireWriterOf(content, input);
        ETags.requireMatch(ifMatch, content.version);
        Map<String, Object> fieldsBefore = fields(content);
        Map<String, Object> before = snapshot(content, view(content));
        apply(content, input);
        boolean touched = touchesOnEveryUpdate() || !fieldsBefore.equals(fields(content));
        if (touched) {
            touch(content);
        }
        if (writeParts(content, input, false) && !touched) {
            touch(content);
        }
        V after = view(content);
        audit.updated(table, id, before, snapshot(content, after));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        requireWriter();
        E content = require(id);
        requireWriterOf(content, null);
        ETags.requireMatch(ifMatch, content.version);
        references.requireUnreferenced(table, id);
        Map<String, Object> before = snapshot(content, view(content));
        content.delete();
        em.flush();
        audit.deleted(table, id, before);
    }

    /** The content, or a 404. */
    protected E require(long id) {
        return findById.apply(id).orElseThrow(() -> ApiException.notFound(notFoundKey, id));
    }

    /** The slug asked for, or one made from the title; a 409 on the field "slug" when other content has it. */
    protected String uniqueSlug(E content, String requested, String title) {
        String slug = requested == null || requested.isBlank() ? Slugs.of(title) : requested;
        if (findBySlug(slug).filter(other -> !other.id.equals(content.id)).isPresent()) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.slug-taken", slug);
        }
        return slug;
    }

    /** A list the input may leave out: none then. */
    protected static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A 400 on the field "endsOn" when a period ends before it starts. */
    protected static void requirePeriod(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ApiException.invalidField("endsOn", "partnership.ends.before-start");
        }
    }

    /** A new updatedAt, written at once so that the view shows the new version. */
    private void touch(E content) {
        content.updatedAt = clock.now();
        em.flush();
    }

    private Map<String, Object> snapshot(E content, V view) {
        Map<String, Object> snapshot = new LinkedHashMap<>(fields(content));
        snapshot.putAll(parts(view));
        return snapshot;
    }
}
