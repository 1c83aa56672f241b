package dk.samspil.directory.library;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A library as other resources refer to it. */
public record LibraryRef(
        @Schema(required = true) long id,
        @Schema(required = true) String name) {

    public static LibraryRef of(Library library) {
        return library == null ? null : new LibraryRef(library.id, library.name);
    }
}
