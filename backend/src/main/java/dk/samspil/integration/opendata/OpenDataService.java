package dk.samspil.integration.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.common.cache.PublicReads;
import dk.samspil.common.db.RowStream;
import dk.samspil.common.db.Sql;
import dk.samspil.common.text.Csv;
import dk.samspil.common.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The open data: a catalogue of the public datasets and each dataset as JSON or CSV, written row by row
 * as PostgreSQL hands the rows over, so that memory stays flat however large the data grows.
 */
@ApplicationScoped
public class OpenDataService {

    static final String LICENCE_NAME = "CC BY 4.0";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    @Inject
    Sql sql;

    @Inject
    RowStream rows;

    @Inject
    PublicReads publicReads;

    @Inject
    ObjectMapper json;

    /** When a dataset last changed (to the second, as HTTP dates go) and how many items it has. */
    public record Freshness(Instant lastModified, long items) {
        public Freshness {
            lastModified = (lastModified == null ? Instant.EPOCH : lastModified).truncatedTo(ChronoUnit.SECONDS);
        }

        /** A strong tag: the same data is the same bytes, as the rows come in a fixed order. */
        String tag(String name) {
            return name + "-" + lastModified.getEpochSecond() + "-" + items;
        }
    }

    /** A row of {@link OpenDataset#freshnessQuery()}. */
    record DatasetFreshness(String dataset, Instant lastModified, long items) {
        Freshness freshness() {
            return new Freshness(lastModified, items);
        }
    }

    /** Kept for anonymous callers until anything changes: at scale it counts a whole table. */
    public Freshness freshness(OpenDataset dataset) {
        return publicReads.get(
                List.of("open-data/freshness", dataset.id()),
                () -> sql.select(dataset.freshnessQuery())
                        .one(DatasetFreshness.class)
                        .freshness());
    }

    /** The catalogue; the datasets' freshness is kept for anonymous callers until anything changes. */
    public OpenDataCatalogue catalogue(String base) {
        Map<String, Freshness> every = publicReads.get(
                List.of("open-data/freshness"),
                () -> sql.select(OpenDataset.everyFreshnessQuery()).list(DatasetFreshness.class).stream()
                        .collect(Collectors.toMap(DatasetFreshness::dataset, DatasetFreshness::freshness)));
        List<OpenDataCatalogue.Dataset> datasets = new ArrayList<>();
        for (OpenDataset dataset : OpenDataset.values()) {
            Freshness freshness = every.get(dataset.id());
            String url = base + "/api/open-data/" + dataset.id();
            datasets.add(new OpenDataCatalogue.Dataset(
                    dataset,
                    dataset.titleDa,
                    dataset.titleEn,
                    dataset.descriptionDa,
                    dataset.descriptionEn,
                    freshness.lastModified(),
                    freshness.items(),
                    List.of(
                            new OpenDataCatalogue.Distribution("application/json", url + ".json"),
                            new OpenDataCatalogue.Distribution("text/csv", url + ".csv"))));
        }
        return new OpenDataCatalogue(
                "Samspil: åbne data fra bibliotekernes samarbejde",
                "Samspil, for Bibliotekernes nationale temasamarbejde",
                new OpenDataCatalogue.Licence(LICENCE_NAME, LICENCE_URL),
                datasets);
    }

    /** The catalogue's own freshness: that of all datasets together. */
    public Freshness catalogueFreshness(Collection<OpenDataCatalogue.Dataset> datasets) {
        Instant newest = datasets.stream()
                .map(OpenDataCatalogue.Dataset::lastModified)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        long items =
                datasets.stream().mapToLong(OpenDataCatalogue.Dataset::items).sum();
        return new Freshness(newest, items);
    }

    /** The dataset as a JSON array of objects, one per row, keyed by the column names. */
    public void writeJson(OpenDataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            rows.each(dataset.query, columns -> {}, row -> generator.writeObject(row));
            generator.writeEndArray();
        }
    }

    /**
     * The dataset as CSV with the conventions of the theme exports (UTF-8 with BOM, semicolons, CRLF, safe
     * cells), the column names as the header, times in ISO 8601 (UTC) and lists joined with ", ".
     */
    public void writeCsv(OpenDataset dataset, OutputStream out) throws IOException {
        Writer writer = Texts.utf8(out);
        Csv csv = Csv.to(writer);
        rows.each(dataset.query, csv::row, row -> csv.row(cells(row)));
        writer.flush();
    }

    private static List<Object> cells(Map<String, Object> row) {
        return row.values().stream()
                .map(value -> value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        : value)
                .toList();
    }
}
