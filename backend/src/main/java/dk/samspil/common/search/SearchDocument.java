package dk.samspil.common.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * A row of the search index (search_document, written by the database's triggers only), mapped so that
 * JPQL lists can filter by it ({@code Filters.matches}). Never loaded or written from Java.
 */
@Entity
@Immutable
@Table(name = "search_document")
@IdClass(SearchDocument.Key.class)
public class SearchDocument {

    @Id
    public String kind;

    @Id
    @Column(name = "ref_id")
    public Long refId;

    @Column(insertable = false, updatable = false)
    public String stems;

    @Column(insertable = false, updatable = false)
    public String words;

    /** The primary key: a kind and the row's id. */
    public record Key(String kind, Long refId) implements Serializable {}
}
