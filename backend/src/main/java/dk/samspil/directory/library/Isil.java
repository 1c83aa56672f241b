package dk.samspil.directory.library;

/** ISIL (ISO 15511) of a Danish library: DK- + the library number. */
final class Isil {

    private Isil() {}

    static String of(String libraryNumber) {
        return "DK-" + libraryNumber;
    }
}
