package dk.samspil.common.content;

import dk.samspil.common.audit.AuditLog;
import dk.samspil.common.db.ReferenceGuard;
import dk.samspil.common.db.Sql;
import dk.samspil.common.http.ETags;
import dk.samspil.common.problem.ApiException;
import dk.samspil.common.security.Access;
import dk.samspil.common.text.Slugs;
import dk.samspil.common.time.AppClock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a content type (partners, guide chapters, toolbox items, good examples, projects) is read and
 * written, once: only its writers write; what is not there is a 404; an update or delete needs the
 * current ETag (428 without, 412 when stale); a delete is refused while other rows still point at it;
 * the parts are written after the content, so that they can refer to it; and every create, update and
 * delete is in the audit trail with what changed. A subclass says what is its own: its table, its fields,
 * its parts and its view.
 *
 * @param <E> the entity
 * @param <I> what a client sends to create one or replace its state
 * @param <V> what a client gets back
 */
public abstract class ContentService<E extends ContentEntity, I, V extends ContentView> {

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

    /** The table, which also names the content in the audit trail. */
    protected abstract String table();

    /** The message key of the 404 detail; its argument is the id or slug asked for. */
    protected abstract String notFoundKey();

    protected abstract Optional<E> findById(long id);

    /** Content with slugs finds one by its slug; other content has none. */
    protected Optional<E> findBySlug(String slug) {
        return Optional.empty();
    }

    protected abstract E newEntity();

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
        return findBySlug(slug).map(this::view).orElseThrow(() -> ApiException.notFound(notFoundKey(), slug));
    }

    @Transactional
    public V create(I input) {
        requireWriter();
        requireWriterOf(null, input);
        E content = newEntity();
        content.createdAt = clock.now();
        content.updatedAt = content.createdAt;
        apply(content, input);
        content.persist();
        em.flush(); // its id, for the parts to refer to
        writeParts(content, input, true);
        V view = view(content);
        audit.created(table(), content.id, snapshot(content, view));
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
        audit.updated(table(), id, before, snapshot(content, after));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        requireWriter();
        E content = require(id);
        requireWriterOf(content, null);
        ETags.requireMatch(ifMatch, content.version);
        references.requireUnreferenced(table(), id);
        Map<String, Object> before = snapshot(content, view(content));
        content.delete();
        em.flush();
        audit.deleted(table(), id, before);
    }

    /** The content, or a 404. */
    protected E require(long id) {
        return findById(id).orElseThrow(() -> ApiException.notFound(notFoundKey(), id));
    }

    /** The slug asked for, or one made from the title; a 409 on the field "slug" when other content has it. */
    protected String uniqueSlug(E content, String requested, String title) {
        String slug = requested == null || requested.isBlank() ? Slugs.of(title) : requested;
        if (findBySlug(slug).filter(other -> !other.id.equals(content.id)).isPresent()) {
            throw ApiException.conflictOnField("slug", "problem.conflict.detail.slug-taken", slug);
        }
        return slug;
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
