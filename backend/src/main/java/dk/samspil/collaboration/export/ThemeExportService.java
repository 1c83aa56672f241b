package dk.samspil.collaboration.export;

import dk.samspil.collaboration.activity.ActivityService;
import dk.samspil.collaboration.participation.ParticipationService;
import dk.samspil.collaboration.participation.ParticipationView;
import dk.samspil.collaboration.theme.FocusAreaView;
import dk.samspil.collaboration.theme.Theme;
import dk.samspil.collaboration.theme.ThemeService;
import dk.samspil.common.i18n.Messages;
import dk.samspil.common.text.Csv;
import dk.samspil.common.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A theme's sign-ups and activities as CSV, for coordinators' spreadsheets: Danish headers and words,
 * Danish time, and the same visibility as the API (private contact details only for those who may see them).
 */
@ApplicationScoped
public class ThemeExportService {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DANISH_TIME);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(DANISH_TIME);

    /** The words of the UI's Danish (label.* in messages_da.properties), so a CSV reads as the pages do. */
    private static String label(String kind, Enum<?> value) {
        return Messages.get(Messages.DANISH, "label." + kind + "." + value.name());
    }

    @Inject
    ParticipationService participations;

    @Inject
    ActivityService activities;

    @Inject
    ThemeService themes;

    public record Export(String fileName, String body) {}

    public Export participations(long themeId) {
        Theme theme = Theme.require(themeId);
        Map<String, String> focusNames =
                themes.focusAreas().stream().collect(Collectors.toMap(FocusAreaView::code, FocusAreaView::nameDa));
        Csv csv = new Csv()
                .row(List.of(
                        "Bibliotek",
                        "Region",
                        "Status",
                        "Tilmeldt",
                        "Bekræftet",
                        "Trukket tilbage",
                        "Kanaler",
                        "Fokusområder",
                        "Netværksansvarlig",
                        "E-mail",
                        "Telefon"));
        for (ParticipationView p : participations.all(themeId)) {
            csv.row(Arrays.asList(
                    p.library().name(),
                    p.library().region().name(),
                    label("participation-state", p.state()),
                    date(p.signedUpAt()),
                    date(p.confirmedAt()),
                    date(p.withdrawnAt()),
                    join(p.channels(), c -> label("channel", c)),
                    join(p.focusAreas(), c -> focusNames.getOrDefault(c, c)),
                    p.networkLead() == null ? null : p.networkLead().name(),
                    p.networkLead() == null ? null : p.networkLead().email(),
                    p.networkLead() == null ? null : p.networkLead().phone()));
        }
        return new Export("tema-" + theme.number + "-tilmeldinger.csv", csv.build());
    }

    /** The activities file's name; a theme that does not exist is a 404 before anything is written. */
    public String activitiesFileName(long themeId) {
        return "tema-" + Theme.require(themeId).number + "-aktiviteter.csv";
    }

    /**
     * The theme's activities, written to {@code out} as the database hands them over: a theme's activities
     * grow with the number of libraries and their work, so the file is never held in memory whole.
     */
    @Transactional
    public void writeActivities(long themeId, OutputStream out) throws IOException {
        Writer writer = Texts.utf8(out);
        Csv csv = Csv.to(writer)
                .row(List.of(
                        "Bibliotek",
                        "Titel",
                        "Start",
                        "Slut",
                        "Sted",
                        "Kanal",
                        "Målgruppe",
                        "Fremmødte",
                        "Rækkevidde",
                        "Beskrivelse"));
        activities.each(
                themeId,
                null,
                null,
                null,
                a -> csv.row(Arrays.asList(
                        a.library().name(),
                        a.title(),
                        dateTime(a.startsAt()),
                        dateTime(a.endsAt()),
                        a.place(),
                        label("channel", a.channel()),
                        label("audience", a.audience()),
                        a.attendance(),
                        a.reach(),
                        a.description())));
        writer.flush();
    }

    private static <T> String join(List<T> values, Function<T, String> name) {
        return values.stream().map(name).collect(Collectors.joining(", "));
    }

    private static String date(Instant at) {
        return at == null ? null : DATE.format(at);
    }

    private static String dateTime(Instant at) {
        return at == null ? null : DATE_TIME.format(at);
    }
}
