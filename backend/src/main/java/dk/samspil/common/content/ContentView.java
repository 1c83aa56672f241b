package dk.samspil.common.content;

/** What a content type answers with: its id for the Location of a new one, its version for the ETag. */
public interface ContentView {

    long id();

    long version();
}
