package dk.samspil.common.http;

/** What a resource answers with when it can be changed: its id for the Location of a new one, its version for the ETag. */
public interface Versioned {

    long id();

    long version();
}
