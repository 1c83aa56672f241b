package dk.samspil.common.http;

/**
 * What a {@link CrudResource} asks of its service: each method one transaction with the service's own rules
 * and access checks.
 *
 * @param <I> what a client sends to create one or replace its state
 * @param <V> what a client gets back
 */
public interface CrudService<I, V extends Versioned> {

    /** The one with this id; 404 when there is none (or the caller may not see it). */
    V get(long id);

    V create(I input);

    /** Replaces the state of the one with this id; 428 without If-Match, 412 when it is stale. */
    V update(long id, String ifMatch, I input);

    /** As update; 409 while other records still refer to it. */
    void delete(long id, String ifMatch);
}
