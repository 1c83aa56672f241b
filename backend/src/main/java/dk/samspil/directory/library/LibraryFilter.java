package dk.samspil.directory.library;

/** Filters of GET /api/libraries; null means "any". */
public record LibraryFilter(Integer region, Integer municipality, Boolean central, Boolean active, String q) {}
