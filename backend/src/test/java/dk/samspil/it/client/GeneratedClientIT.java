package dk.samspil.it.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.samspil.client.ApiClient;
import dk.samspil.client.ApiException;
import dk.samspil.client.ApiResponse;
import dk.samspil.client.api.ActivitiesApi;
import dk.samspil.client.api.AttachmentsApi;
import dk.samspil.client.api.AuditApi;
import dk.samspil.client.api.CalendarFeedsApi;
import dk.samspil.client.api.ChangesApi;
import dk.samspil.client.api.ContactsApi;
import dk.samspil.client.api.ExportsApi;
import dk.samspil.client.api.GoodExamplesApi;
import dk.samspil.client.api.GuideApi;
import dk.samspil.client.api.IntegrationTokensApi;
import dk.samspil.client.api.LibrariesApi;
import dk.samspil.client.api.NetworkMeetingsApi;
import dk.samspil.client.api.OpenDataApi;
import dk.samspil.client.api.ParticipationsApi;
import dk.samspil.client.api.PartnersApi;
import dk.samspil.client.api.PartnershipsApi;
import dk.samspil.client.api.ProjectsApi;
import dk.samspil.client.api.ReferenceDataApi;
import dk.samspil.client.api.SearchApi;
import dk.samspil.client.api.SignInApi;
import dk.samspil.client.api.StatisticsApi;
import dk.samspil.client.api.ThemesApi;
import dk.samspil.client.api.ToolboxApi;
import dk.samspil.client.api.UsersApi;
import dk.samspil.client.api.WebhooksApi;
import dk.samspil.client.model.ActivityInput;
import dk.samspil.client.model.ActivityView;
import dk.samspil.client.model.Answer;
import dk.samspil.client.model.AttachmentView;
import dk.samspil.client.model.Audience;
import dk.samspil.client.model.CaseInput;
import dk.samspil.client.model.CaseView;
import dk.samspil.client.model.ChangePage;
import dk.samspil.client.model.ChangeType;
import dk.samspil.client.model.Channel;
import dk.samspil.client.model.Chapter;
import dk.samspil.client.model.ChecklistInput;
import dk.samspil.client.model.ConfirmInput;
import dk.samspil.client.model.ContactInput;
import dk.samspil.client.model.ContactView;
import dk.samspil.client.model.GoalInput;
import dk.samspil.client.model.GoalView;
import dk.samspil.client.model.GuideChapterInput;
import dk.samspil.client.model.IdeaInput;
import dk.samspil.client.model.IsoWeek;
import dk.samspil.client.model.LibraryInput;
import dk.samspil.client.model.LibraryPage;
import dk.samspil.client.model.LibraryView;
import dk.samspil.client.model.LoginInput;
import dk.samspil.client.model.MilestoneInput;
import dk.samspil.client.model.MilestoneKind;
import dk.samspil.client.model.NetworkMeetingInput;
import dk.samspil.client.model.NetworkMeetingView;
import dk.samspil.client.model.NewPasswordInput;
import dk.samspil.client.model.OpenDataCatalogue;
import dk.samspil.client.model.OpenDataset;
import dk.samspil.client.model.ParticipationInput;
import dk.samspil.client.model.ParticipationState;
import dk.samspil.client.model.ParticipationUpdate;
import dk.samspil.client.model.ParticipationView;
import dk.samspil.client.model.PartnerInput;
import dk.samspil.client.model.PartnerRole;
import dk.samspil.client.model.PartnerType;
import dk.samspil.client.model.PartnerView;
import dk.samspil.client.model.PartnershipInput;
import dk.samspil.client.model.PartnershipStatus;
import dk.samspil.client.model.PartnershipView;
import dk.samspil.client.model.PasswordChangeInput;
import dk.samspil.client.model.PasswordResetRequest;
import dk.samspil.client.model.Problem;
import dk.samspil.client.model.ProjectInput;
import dk.samspil.client.model.ProjectView;
import dk.samspil.client.model.Role;
import dk.samspil.client.model.SearchKind;
import dk.samspil.client.model.SearchResults;
import dk.samspil.client.model.Season;
import dk.samspil.client.model.SessionView;
import dk.samspil.client.model.ThemeInput;
import dk.samspil.client.model.ThemeView;
import dk.samspil.client.model.TokenCreated;
import dk.samspil.client.model.TokenInput;
import dk.samspil.client.model.TokenScope;
import dk.samspil.client.model.ToolboxHeading;
import dk.samspil.client.model.ToolboxItemInput;
import dk.samspil.client.model.ToolboxItemView;
import dk.samspil.client.model.ToolboxKind;
import dk.samspil.client.model.TransitionInput;
import dk.samspil.client.model.UserInput;
import dk.samspil.client.model.UserView;
import dk.samspil.client.model.WebhookCreated;
import dk.samspil.client.model.WebhookDelivery;
import dk.samspil.client.model.WebhookInput;
import dk.samspil.client.model.WebhookView;
import dk.samspil.it.PackagedApp;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

/**
 * An integrator's view of the API: a Java client generated from openapi.yaml (openapi-generator, java/native,
 * built by the Maven plugin) calls every operation of the packaged application, each as the caller it needs:
 * anonymous for public reads, an admin's browser session for users and tokens, an integration token for
 * what a coordinator writes, and the editor and coordinator the admin creates for their own work. Anything the
 * contract promises but the generated code cannot use (a missing security scheme, a header it cannot send,
 * an answer it cannot read) fails here. The steps build on each other, so they run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientIT {

    private static final String ADMIN = "admin@generated-client.test";
    private static final String ADMIN_PASSWORD = "generated-client-admin-1";
    private static final String PASSWORD = "generated-client-user-1";
    /** Years ahead, so the test's theme is the next one and open for sign-up whatever today is. */
    private static final int YEAR = 2040;

    private final Contract contract = new Contract();
    private PackagedApp app;

    private ApiClient anonymous;
    private ApiClient admin;
    private ApiClient integration;
    private ApiClient coordinator;
    private ApiClient editor;

    // What the steps create and later steps use.
    private String tokenSecret;
    private long libraryId;
    private String libraryNumber;
    private long partnerId;
    private long contactId;
    private long themeId;
    private String focusArea;
    private long participationId;
    private long attachmentId;
    private long coordinatorId;

    @BeforeAll
    void startTheApp() throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "SAMSPIL_DEMO_CONTENT_ENABLED", "false",
                "SAMSPIL_ADMIN_EMAIL", ADMIN,
                "SAMSPIL_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SAMSPIL_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "1000000",
                "SAMSPIL_RATE_LIMIT_SIGNED_IN_PER_MINUTE", "1000000",
                "SAMSPIL_WEBHOOKS_SECRET_KEY", "Z2VuZXJhdGVkLWNsaWVudC13ZWJob29rLWtleS0zMiE=",
                "SAMSPIL_WEBHOOKS_ALLOW_INSECURE_TARGETS", "true",
                "SAMSPIL_WEBHOOKS_DELIVER_EVERY", "1s"));
        // Mails (reset links, invitations) go to a real SMTP server in this test run.
        environment.putAll(dk.samspil.testing.GreenMailResource.smtpEnvironment());
        app = PackagedApp.start("generated_client", environment);
        anonymous = client(request -> {});
    }

    @AfterAll
    void stopTheApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    /** A client for the app whose every request carries these credentials and is recorded. */
    private ApiClient client(Consumer<HttpRequest.Builder> credentials) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(app.baseUri());
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> {
            credentials.accept(request);
            contract.record(request.copy().build());
        });
        client.setResponseInterceptor(new TextBodiesAsStrings(client.getObjectMapper()));
        return client;
    }

    /** Signs in through the generated client; the session lives in the cookie of the answer. */
    private ApiClient signIn(String email, String password) throws ApiException {
        ApiResponse<SessionView> login = new SignInApi(anonymous)
                .loginWithHttpInfo(new LoginInput().email(email).password(password));
        assertEquals(200, login.getStatusCode());
        String cookieName = contract.securitySchemeName("session");
        String cookie = login.getHeaders().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith(cookieName + "="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + cookieName + " cookie in " + login.getHeaders()));
        String csrf = login.getData().getCsrfToken();
        String csrfHeader = contract.securitySchemeName("csrf");
        return client(request -> request.header("Cookie", cookie).header(csrfHeader, csrf));
    }

    private ApiClient bearer(String secret) {
        return client(request -> request.header("Authorization", "Bearer " + secret));
    }

    private static Optional<String> header(ApiResponse<?> response, String name) {
        return headers(response, name).stream().findFirst();
    }

    private static List<String> headers(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    private static String etag(ApiResponse<?> response) {
        return header(response, "ETag").orElseThrow(() -> new AssertionError("no ETag in " + response.getHeaders()));
    }

    /**
     * The call fails with this status and a problem+json body that the generated Problem model reads, of the type
     * (docs/api.md) a client branches on.
     */
    private Problem problem(int status, String type, Executable call) throws JsonProcessingException {
        ApiException failure = assertThrows(ApiException.class, call);
        assertEquals(status, failure.getCode(), failure.getResponseBody());
        String contentType =
                failure.getResponseHeaders().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith("application/problem+json"), contentType);
        Problem problem = anonymous.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
        assertEquals(status, problem.getStatus());
        assertEquals("/problems/" + type, problem.getType());
        assertNotNull(problem.getTitle());
        return problem;
    }

    private static boolean hasFieldError(Problem problem, String field) {
        return problem.getErrors() != null
                && problem.getErrors().stream().anyMatch(e -> e.getField().equals(field));
    }

    private LibraryInput library(String name, String number) {
        return new LibraryInput()
                .name(name)
                .municipalityCode(851)
                .libraryNumber(number)
                .centralLibrary(false)
                .street("Rendsburggade 2")
                .postalCode("9000")
                .city("Aalborg")
                .website("https://bibliotek.example.dk")
                .email("bibliotek@example.dk")
                .phone("+45 99 31 44 00")
                .active(true);
    }

    @Test
    @Order(1)
    void anAdminSignsInAndIssuesAnIntegrationToken() throws Exception {
        admin = signIn(ADMIN, ADMIN_PASSWORD);
        SessionView session = new SignInApi(admin).getSession();
        assertEquals(ADMIN, session.getUser().getEmail());
        assertTrue(session.getUser().getRoles().contains(Role.ADMIN));

        IntegrationTokensApi tokens = new IntegrationTokensApi(admin);
        TokenCreated created = tokens.createToken(
                new TokenInput().name("Rapportværktøj").scopes(List.of(TokenScope.WRITE, TokenScope.READ_PRIVATE)));
        tokenSecret = created.getSecret();
        assertTrue(tokenSecret.startsWith("smp_"), "the secret is shown once, as the contract describes it");
        assertEquals(
                created.getToken().getId(),
                tokens.getToken(created.getToken().getId()).getId());
        assertTrue(tokens.listTokens(1, 20, null).getItems().stream()
                .anyMatch(t -> t.getId().equals(created.getToken().getId())));
        integration = bearer(tokenSecret);
    }

    @Test
    @Order(2)
    void aRevokedTokenIsRefused() throws Exception {
        IntegrationTokensApi tokens = new IntegrationTokensApi(admin);
        TokenCreated spare =
                tokens.createToken(new TokenInput().name("Kortlivet").scopes(List.of(TokenScope.WRITE)));
        ApiClient spareClient = bearer(spare.getSecret());
        assertNotNull(new LibrariesApi(spareClient).listLibraries(null, null, null, 1, null, null, 1, null, null));

        String version = etag(tokens.getTokenWithHttpInfo(spare.getToken().getId()));
        tokens.revokeToken(spare.getToken().getId(), version);
        problem(401, "unauthorized", () -> new LibrariesApi(spareClient).createLibrary(library("Afvist", "785170")));
    }

    @Test
    @Order(3)
    void publicReferenceDataReadsAnonymously() throws Exception {
        ReferenceDataApi reference = new ReferenceDataApi(anonymous);
        assertEquals(5, reference.listRegions().size());
        assertFalse(reference.listMunicipalities(1081).isEmpty());
        var focusAreas = new ThemesApi(anonymous).listFocusAreas();
        assertFalse(focusAreas.isEmpty());
        focusArea = focusAreas.get(0).getCode();
    }

    @Test
    @Order(4)
    void aTokenManagesLibrariesWithEtagsAndProblems() throws Exception {
        LibrariesApi libraries = new LibrariesApi(integration);
        libraryNumber = "785177";
        LibraryView created = libraries.createLibrary(library("Samspil Testbibliotek", libraryNumber));
        libraryId = created.getId();
        assertEquals("DK-" + libraryNumber, created.getIsil());

        ApiResponse<LibraryView> read = new LibrariesApi(anonymous).getLibraryWithHttpInfo(libraryId);
        String stale = etag(read);
        LibraryView renamed =
                libraries.updateLibrary(libraryId, stale, library("Samspil Hovedbibliotek", libraryNumber));
        assertEquals("Samspil Hovedbibliotek", renamed.getName());

        Problem conflict = problem(
                412,
                "precondition-failed",
                () -> libraries.updateLibrary(libraryId, stale, library("For sent", libraryNumber)));
        assertNotNull(conflict.getDetail());
        assertEquals("Samspil Hovedbibliotek", libraries.getLibrary(libraryId).getName(), "the stale write is lost");

        Problem numberInUse = problem(409, "conflict", () -> libraries.createLibrary(library("Dublet", libraryNumber)));
        assertTrue(hasFieldError(numberInUse, "libraryNumber"), numberInUse.toString());

        Problem invalid = problem(400, "validation", () -> libraries.createLibrary(library("Ugyldig", "123")));
        assertTrue(hasFieldError(invalid, "libraryNumber"), invalid.toString());
        assertTrue(invalid.getErrors().stream().allMatch(e -> !e.getMessage().isBlank()));

        LibraryView spare = libraries.createLibrary(library("Samspil Filial", "785178"));
        libraries.deleteLibrary(spare.getId(), etag(libraries.getLibraryWithHttpInfo(spare.getId())));
        problem(404, "not-found", () -> new LibrariesApi(anonymous).getLibrary(spare.getId()));
    }

    @Test
    @Order(5)
    void listsPageWithLinkHeadersAndReportTheRateLimit() throws Exception {
        LibrariesApi writer = new LibrariesApi(integration);
        for (int branch = 1; branch <= 3; branch++) {
            writer.createLibrary(library("Samspil Filial " + branch, "78518" + branch));
        }
        LibrariesApi libraries = new LibrariesApi(anonymous);
        ApiResponse<LibraryPage> second =
                libraries.listLibrariesWithHttpInfo(null, null, null, 2, "Filial", null, 1, "name", null);
        assertEquals(2, second.getData().getPage());
        assertEquals(3, second.getData().getTotalPages());
        assertEquals("Samspil Filial 2", second.getData().getItems().get(0).getName());
        assertTrue(header(second, "RateLimit-Policy").isPresent(), "every answer states the policy");
        assertTrue(header(second, "RateLimit").orElse("").contains("r="), "and what remains of it");

        String links = String.join(", ", headers(second, "Link"));
        Matcher next = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"").matcher(links);
        assertTrue(next.find(), links);
        Map<String, String> query = queryOf(URI.create(next.group(1)));
        assertEquals("Filial", query.get("q"), "the next page keeps the filter");
        LibraryPage third = libraries.listLibraries(
                null,
                null,
                null,
                Integer.valueOf(query.get("page")),
                query.get("q"),
                null,
                Integer.valueOf(query.get("size")),
                query.get("sort"),
                null);
        assertEquals(3, third.getPage());
        assertEquals("Samspil Filial 3", third.getItems().get(0).getName());
    }

    private static Map<String, String> queryOf(URI uri) {
        return Arrays.stream(uri.getQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
    }

    @Test
    @Order(6)
    void anAdminCreatesACoordinatorAndAnEditor() throws Exception {
        UsersApi users = new UsersApi(admin);
        UserView coordinatorUser = users.createUser(new UserInput()
                .email("koordinator@generated-client.test")
                .displayName("Kim Koordinator")
                .roles(Set.of(Role.COORDINATOR))
                .active(true)
                .password(PASSWORD));
        coordinatorId = coordinatorUser.getId();
        users.createUser(new UserInput()
                .email("redaktoer@generated-client.test")
                .displayName("Rie Redaktør")
                .roles(Set.of(Role.EDITOR))
                .libraryId(libraryId)
                .active(true)
                .password(PASSWORD));
        assertTrue(users.listUsers(null, null, 1, "generated-client", null, 20, null)
                        .getTotalItems()
                >= 3);

        String version = etag(users.getUserWithHttpInfo(coordinatorId));
        UserView renamed = users.updateUser(
                coordinatorId,
                version,
                new UserInput()
                        .email("koordinator@generated-client.test")
                        .displayName("Kim Koordinator (Slots- og Kulturstyrelsen)")
                        .roles(Set.of(Role.COORDINATOR))
                        .active(true));
        assertEquals("Kim Koordinator (Slots- og Kulturstyrelsen)", renamed.getDisplayName());

        coordinator = signIn("koordinator@generated-client.test", PASSWORD);
        editor = signIn("redaktoer@generated-client.test", PASSWORD);
        assertEquals(
                libraryId,
                new SignInApi(editor).getSession().getUser().getLibrary().getId());
    }

    @Test
    @Order(7)
    void partnersAndContactsKeepPrivateDetailsForReadPrivate() throws Exception {
        PartnersApi partners = new PartnersApi(integration);
        PartnerView partner = partners.createPartner(new PartnerInput()
                .name("Nordjyllands Teater")
                .type(PartnerType.THEATRE)
                .national(false));
        partnerId = partner.getId();
        String version = etag(new PartnersApi(anonymous).getPartnerWithHttpInfo(partnerId));
        partners.updatePartner(
                partnerId,
                version,
                new PartnerInput()
                        .name("Nordjyllands Teater")
                        .type(PartnerType.THEATRE)
                        .website("https://teater.example.dk"));
        assertTrue(new PartnersApi(anonymous)
                .listPartners(null, 1, "Nordjyllands", 20, null, null, null).getItems().stream()
                        .anyMatch(p -> p.getId() == partnerId));
        PartnerView spare =
                partners.createPartner(new PartnerInput().name("Midlertidig").type(PartnerType.OTHER));
        partners.deletePartner(spare.getId(), etag(partners.getPartnerWithHttpInfo(spare.getId())));

        ContactsApi contacts = new ContactsApi(integration);
        ContactView hidden = contacts.createContact(new ContactInput()
                .name("Lis Leder")
                .libraryId(libraryId)
                .email("lis@example.dk")
                .phone("+45 12 34 56 78")
                .isPublic(false)
                .coordinator(false));
        contactId = hidden.getId();
        problem(404, "not-found", () -> new ContactsApi(anonymous).getContact(contactId));
        ApiResponse<ContactView> seen = contacts.getContactWithHttpInfo(contactId);
        assertEquals("lis@example.dk", seen.getData().getEmail(), "the token has read-private");
        contacts.updateContact(
                contactId,
                etag(seen),
                new ContactInput()
                        .name("Lis Leder")
                        .title("Bibliotekschef")
                        .libraryId(libraryId)
                        .email("lis@example.dk")
                        .isPublic(true));
        assertTrue(new ContactsApi(anonymous)
                .listContacts(null, libraryId, 1, null, null, 20, null, null).getItems().stream()
                        .anyMatch(c -> c.getId() == contactId));
        ContactView spareContact =
                contacts.createContact(new ContactInput().name("Midlertidig").libraryId(libraryId));
        contacts.deleteContact(spareContact.getId(), etag(contacts.getContactWithHttpInfo(spareContact.getId())));
    }

    private ThemeInput theme(int number, String title) {
        return new ThemeInput()
                .number(number)
                .title(title)
                .summary("Fortællinger om vand, kyst og klima")
                .season(Season.AUTUMN)
                .year(YEAR)
                .startWeek(new IsoWeek().year(YEAR).week(37))
                .endWeek(new IsoWeek().year(YEAR).week(42))
                .peakWeeks(List.of(new IsoWeek().year(YEAR).week(40)))
                .signupDeadline(LocalDate.of(YEAR, 8, 1))
                .focusAreas(List.of(focusArea))
                .partners(List.of())
                .milestones(List.of(new MilestoneInput()
                        .kind(MilestoneKind.IDEA_WORKSHOP)
                        .title("Idéværksted")
                        .dueOn(LocalDate.of(YEAR, 5, 20))))
                .materials(List.of());
    }

    @Test
    @Order(8)
    void themesArePlannedWithTheToken() throws Exception {
        ThemesApi themes = new ThemesApi(integration);
        ThemeView created = themes.createTheme(theme(9001, "Vand"));
        themeId = created.getId();
        ThemesApi reader = new ThemesApi(anonymous);
        assertEquals(themeId, reader.getThemeBySlug(created.getSlug()).getId());
        themes.updateTheme(themeId, etag(reader.getThemeWithHttpInfo(themeId)), theme(9001, "Vand og klima"));
        assertTrue(reader.listThemes(1, null, 50, null, null, null, YEAR).getItems().stream()
                .anyMatch(t -> t.getId() == themeId && t.getTitle().equals("Vand og klima")));
        assertNotNull(reader.getNextTheme().getId());
        currentThemeOrNone(reader);

        ThemeView spare = themes.createTheme(theme(9002, "Midlertidigt"));
        themes.deleteTheme(spare.getId(), etag(themes.getThemeWithHttpInfo(spare.getId())));
    }

    /** Between two themes there is none running: 404 is then the documented answer. */
    private void currentThemeOrNone(ThemesApi reader) throws Exception {
        try {
            assertNotNull(reader.getCurrentTheme().getId());
        } catch (ApiException none) {
            assertEquals(404, none.getCode(), none.getResponseBody());
        }
    }

    @Test
    @Order(9)
    void anEditorSignsUpAndACoordinatorConfirms() throws Exception {
        ParticipationView signedUp = new ParticipationsApi(editor)
                .signUp(
                        themeId,
                        new ParticipationInput()
                                .libraryId(libraryId)
                                .channels(List.of(Channel.EVENTS, Channel.SOCIAL_MEDIA))
                                .focusAreas(List.of(focusArea))
                                .networkLeadId(contactId));
        participationId = signedUp.getId();
        assertEquals(ParticipationState.SIGNED_UP, signedUp.getState());

        ParticipationsApi reader = new ParticipationsApi(anonymous);
        String version = etag(reader.getParticipationWithHttpInfo(participationId));
        ParticipationView confirmed = new ParticipationsApi(coordinator)
                .updateParticipation(
                        participationId,
                        version,
                        new ParticipationUpdate()
                                .state(ParticipationState.CONFIRMED)
                                .channels(List.of(Channel.EVENTS, Channel.SOCIAL_MEDIA))
                                .focusAreas(List.of(focusArea)));
        assertEquals(ParticipationState.CONFIRMED, confirmed.getState());
        // Confirming it again with others is refused as a whole, naming the one that no longer waits.
        Problem notWaiting = problem(
                409,
                "conflict",
                () -> new ParticipationsApi(coordinator)
                        .confirmParticipations(themeId, new ConfirmInput().ids(List.of(participationId))));
        assertEquals("ids[0]", notWaiting.getErrors().get(0).getField());
        assertEquals(
                participationId,
                reader.listThemeParticipations(themeId, 1, null, 20, null, ParticipationState.CONFIRMED, null)
                        .getItems()
                        .get(0)
                        .getId());
        assertEquals(
                participationId,
                reader.listLibraryParticipations(libraryId, 1, 20, null, null)
                        .getItems()
                        .get(0)
                        .getId());

        Problem stillReferenced = problem(
                409,
                "still-referenced",
                () -> new LibrariesApi(integration)
                        .deleteLibrary(libraryId, etag(new LibrariesApi(anonymous).getLibraryWithHttpInfo(libraryId))));
        assertNotNull(stillReferenced.getReferences(), "the problem says what still refers to the library");
        assertFalse(stillReferenced.getReferences().isEmpty());
    }

    private ActivityInput activity(String title) {
        return new ActivityInput()
                .title(title)
                .startsAt(OffsetDateTime.of(YEAR, 10, 2, 16, 0, 0, 0, ZoneOffset.ofHours(2)))
                .place("Hovedbiblioteket")
                .channel(Channel.EVENTS)
                .audience(Audience.FAMILIES);
    }

    @Test
    @Order(10)
    void activitiesAreReportedAndCounted() throws Exception {
        ActivityView created =
                new ActivitiesApi(editor).createActivity(participationId, activity("Fortælling ved havnen"));
        long activityId = created.getId();
        ActivitiesApi reader = new ActivitiesApi(anonymous);
        ActivitiesApi activities = new ActivitiesApi(integration);
        activities.updateActivity(
                activityId, etag(reader.getActivityWithHttpInfo(activityId)), activity("Fortælling ved fjorden"));
        assertEquals(
                "Fortælling ved fjorden",
                reader.listParticipationActivities(participationId, 1, 20, null)
                        .getItems()
                        .get(0)
                        .getTitle());
        assertTrue(reader.listActivities(null, null, libraryId, 1, 20, null, themeId, null, null)
                        .getTotalItems()
                >= 1);

        ActivityView spare = activities.createActivity(participationId, activity("Aflyst"));
        activities.deleteActivity(spare.getId(), etag(activities.getActivityWithHttpInfo(spare.getId())));
    }

    @Test
    @Order(11)
    void statisticsExportsAndCalendarsRead() throws Exception {
        StatisticsApi stats = new StatisticsApi(anonymous);
        assertFalse(stats.getActivityTotals(themeId).getByChannel().isEmpty());
        assertTrue(stats.getRegionCoverage(themeId).getTotal().getParticipating() >= 1);
        assertFalse(stats.getSignupsOverTime(themeId).getDays().isEmpty());
        assertNotNull(stats.getGoalProgress().getTargetLibraries());
        assertEquals(
                stats.getGoalProgress().getTargetLibraries(),
                stats.getHome().getGoal().getTargetLibraries(),
                "the front page's goal is the goal");

        ApiResponse<GoalView> goal = stats.getGoalWithHttpInfo();
        GoalView kept = new StatisticsApi(integration)
                .updateGoal(
                        etag(goal),
                        new GoalInput()
                                .targetLibraries(goal.getData().getTargetLibraries())
                                .targetDate(goal.getData().getTargetDate()));
        assertEquals(goal.getData().getTargetLibraries(), kept.getTargetLibraries());

        ExportsApi exports = new ExportsApi(anonymous);
        assertTrue(exports.exportThemeParticipations(themeId).contains("Samspil Hovedbibliotek"));
        assertTrue(exports.exportThemeActivities(themeId).contains("Fortælling ved fjorden"));

        CalendarFeedsApi calendars = new CalendarFeedsApi(anonymous);
        assertTrue(calendars.getThemeCalendar().startsWith("BEGIN:VCALENDAR"));
        assertTrue(calendars.getMilestoneCalendar().startsWith("BEGIN:VCALENDAR"));
        assertTrue(calendars.getNetworkMeetingCalendar().startsWith("BEGIN:VCALENDAR"));
        // The feeds reach two years ahead: the activity of 2040 is in the theme's export above, not yet in the feed.
        String feed = calendars.getLibraryActivityCalendar(libraryId);
        assertTrue(feed.startsWith("BEGIN:VCALENDAR") && feed.endsWith("END:VCALENDAR\r\n"), feed);
        assertFalse(feed.contains("Fortælling ved fjorden"), feed);
    }

    @Test
    @Order(12)
    void networkMeetingsAreHeld() throws Exception {
        NetworkMeetingsApi meetings = new NetworkMeetingsApi(integration);
        NetworkMeetingInput input = new NetworkMeetingInput()
                .title("Netværksmøde Nord")
                .startsAt(OffsetDateTime.of(YEAR, 3, 12, 10, 0, 0, 0, ZoneOffset.ofHours(1)))
                .hostLibraryId(libraryId)
                .place("Hovedbiblioteket, Aalborg")
                .attendingLibraryIds(List.of(libraryId))
                .ideas(List.of(new IdeaInput().text("Fortællinger fra havnen").proposerLibraryId(libraryId)));
        NetworkMeetingView created = meetings.createNetworkMeeting(input);
        NetworkMeetingsApi reader = new NetworkMeetingsApi(anonymous);
        meetings.updateNetworkMeeting(
                created.getId(),
                etag(reader.getNetworkMeetingWithHttpInfo(created.getId())),
                input.agenda("1. Velkomst"));
        assertTrue(reader.listNetworkMeetings(libraryId, 1, 20, null, null, null, YEAR).getItems().stream()
                .anyMatch(m -> m.getId().equals(created.getId())));
        assertNotNull(reader.getNextNetworkMeeting().getId());
        meetings.deleteNetworkMeeting(created.getId(), etag(meetings.getNetworkMeetingWithHttpInfo(created.getId())));
    }

    @Test
    @Order(13)
    void filesGoUpAndComeBack() throws Exception {
        Path png = Files.createTempFile("generated-client", ".png");
        BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, 0x2f6f4f);
        ImageIO.write(pixel, "png", png.toFile());
        try {
            AttachmentsApi attachments = new AttachmentsApi(integration);
            AttachmentView stored = attachments.uploadAttachment(png.toFile());
            attachmentId = stored.getId();
            assertEquals("image/png", stored.getContentType());
            File back = attachments.downloadAttachment(attachmentId, null);
            assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(back.toPath()));
            Files.deleteIfExists(back.toPath());
        } finally {
            Files.deleteIfExists(png);
        }
    }

    @Test
    @Order(14)
    void partnershipsMoveThroughTheirLifecycle() throws Exception {
        PartnershipsApi partnerships = new PartnershipsApi(integration);
        PartnershipInput input = new PartnershipInput()
                .title("Fortællinger ved fjorden")
                .purpose("Flere familier til bibliotekets fortællinger")
                .libraryIds(List.of(libraryId))
                .partners(List.of(new PartnerRole().partnerId(partnerId).role("Medarrangør")))
                .themeIds(List.of(themeId))
                .agreementAttachmentId(attachmentId);
        PartnershipView created = partnerships.createPartnership(input);
        long id = created.getId();
        assertEquals(PartnershipStatus.IDEA, created.getStatus());

        PartnershipsApi reader = new PartnershipsApi(anonymous);
        partnerships.updatePartnership(id, etag(reader.getPartnershipWithHttpInfo(id)), input.goals("- Nye brugere"));
        PartnershipView moved = partnerships.movePartnership(
                id,
                etag(partnerships.getPartnershipWithHttpInfo(id)),
                new TransitionInput().to(PartnershipStatus.PLANNING).phase("EXPECTATIONS"));
        assertEquals(PartnershipStatus.PLANNING, moved.getStatus());
        assertEquals("EXPECTATIONS", moved.getPhase().getCode());
        assertEquals(PartnershipStatus.PLANNING, moved.getPhase().getStatus());
        var step = reader.getPartnershipWorkbench(id).getChecklist().get(0);
        assertTrue(partnerships
                .tickPartnershipChecklist(id, step.getCode(), new ChecklistInput().done(true))
                .getDone());
        assertEquals(1, reader.getPartnershipWorkbench(id).getDone());
        assertTrue(
                reader
                        .listPartnerships(libraryId, 1, partnerId, null, null, 20, null, null, null, null)
                        .getItems()
                        .stream()
                        .anyMatch(p -> p.getId() == id));
        assertTrue(new PartnersApi(anonymous)
                .getPartnerInvolvement(partnerId).getPartnerships().stream().anyMatch(p -> p.getId() == id));

        PartnershipView spare = partnerships.createPartnership(
                input.title("Midlertidigt partnerskab").agreementAttachmentId(null));
        partnerships.deletePartnership(spare.getId(), etag(partnerships.getPartnershipWithHttpInfo(spare.getId())));
    }

    @Test
    @Order(15)
    void theToolboxAndTheGuideAreEdited() throws Exception {
        GuideApi guide = new GuideApi(integration);
        GuideApi guideReader = new GuideApi(anonymous);
        GuideChapterInput chapterInput = new GuideChapterInput()
                .number(97)
                .title("Samspil med kunstnere")
                .summary("Når biblioteket arbejder med kunstnere")
                .body("## Før\nAftal honoraret.");
        Chapter chapter = guide.createGuideChapter(chapterInput);
        assertEquals(
                chapter.getId(),
                guideReader.getGuideChapterBySlug(chapter.getSlug()).getId());
        guide.updateGuideChapter(
                chapter.getId(),
                etag(guideReader.getGuideChapterWithHttpInfo(chapter.getId())),
                chapterInput.summary("Kunstnere som partnere"));
        assertTrue(guideReader.getGuide().getChapters().stream()
                .anyMatch(c -> c.getId().equals(chapter.getId())));

        ToolboxApi toolbox = new ToolboxApi(integration);
        ToolboxApi toolboxReader = new ToolboxApi(anonymous);
        ToolboxItemInput itemInput = new ToolboxItemInput()
                .kind(ToolboxKind.TEMPLATE)
                .title("Aftaleskabelon for kunstnere")
                .summary("En skabelon til aftalen")
                .heading(ToolboxHeading.CHOOSE_PARTNERS)
                .guideChapterId(chapter.getId())
                .tags(List.of("aftale"));
        ToolboxItemView item = toolbox.createToolboxItem(itemInput);
        assertEquals(
                item.getId(), toolboxReader.getToolboxItemBySlug(item.getSlug()).getId());
        toolbox.updateToolboxItem(
                item.getId(),
                etag(toolboxReader.getToolboxItemWithHttpInfo(item.getId())),
                itemInput.summary("Skabelon til aftalen med en kunstner"));
        assertTrue(toolboxReader.listToolboxTags().stream()
                .anyMatch(t -> t.getTag().equals("aftale")));
        assertTrue(
                toolboxReader
                        .listToolboxItems(chapter.getId(), null, null, 1, null, null, 20, null, null, null)
                        .getItems()
                        .stream()
                        .anyMatch(i -> i.getId().equals(item.getId())));

        toolbox.deleteToolboxItem(item.getId(), etag(toolbox.getToolboxItemWithHttpInfo(item.getId())));
        guide.deleteGuideChapter(chapter.getId(), etag(guide.getGuideChapterWithHttpInfo(chapter.getId())));
    }

    @Test
    @Order(16)
    void goodExamplesAndProjectsArePublished() throws Exception {
        GoodExamplesApi cases = new GoodExamplesApi(integration);
        GoodExamplesApi casesReader = new GoodExamplesApi(anonymous);
        CaseInput caseInput = new CaseInput()
                .title("Fortællinger ved fjorden")
                .summary("Teater og bibliotek fortalte for familier")
                .answers(IntStream.rangeClosed(1, 5)
                        .mapToObj(i -> new Answer().question("Spørgsmål " + i).answer("Svar " + i))
                        .toList())
                .libraryIds(List.of(libraryId))
                .partnerIds(List.of(partnerId))
                .themeIds(List.of(themeId));
        CaseView example = cases.createCase(caseInput);
        assertEquals(
                example.getId(), casesReader.getCaseBySlug(example.getSlug()).getId());
        cases.updateCase(
                example.getId(),
                etag(casesReader.getCaseWithHttpInfo(example.getId())),
                caseInput.result("200 deltagere"));
        assertTrue(casesReader.listCases(libraryId, 1, null, null, 20, null, null, null, null).getItems().stream()
                .anyMatch(c -> c.getId().equals(example.getId())));
        cases.deleteCase(example.getId(), etag(cases.getCaseWithHttpInfo(example.getId())));

        ProjectsApi projects = new ProjectsApi(integration);
        ProjectsApi projectsReader = new ProjectsApi(anonymous);
        ProjectInput projectInput = new ProjectInput()
                .name("Fjordfortællinger")
                .summary("Et udviklingsprojekt om fortælling")
                .funder("Slots- og Kulturstyrelsen")
                .contactIds(List.of(contactId));
        ProjectView project = projects.createProject(projectInput);
        assertEquals(
                project.getId(),
                projectsReader.getProjectBySlug(project.getSlug()).getId());
        projects.updateProject(
                project.getId(),
                etag(projectsReader.getProjectWithHttpInfo(project.getId())),
                projectInput.lead("Samspil Hovedbibliotek"));
        assertTrue(projectsReader.listProjects(null).stream()
                .anyMatch(p -> p.getId().equals(project.getId())));
        projects.deleteProject(project.getId(), etag(projects.getProjectWithHttpInfo(project.getId())));
    }

    @Test
    @Order(30)
    void anIntegratorFollowsTheChangeFeedAndHarvestsOpenData() throws Exception {
        ChangesApi changes = new ChangesApi(integration);
        List<dk.samspil.client.model.ChangeView> seen = new ArrayList<>();
        ChangePage page = changes.listChanges(null, 1000, null);
        seen.addAll(page.getItems());
        while (Boolean.TRUE.equals(page.getHasMore())) {
            page = changes.listChanges(page.getCursor(), 1000, null);
            seen.addAll(page.getItems());
        }
        assertTrue(
                seen.stream()
                        .anyMatch(c -> c.getType() == ChangeType.LIBRARY
                                && c.getId() == libraryId
                                && "/api/libraries/"
                                        .concat(String.valueOf(libraryId))
                                        .equals(c.getHref())),
                "the library this test created is in the feed");
        ChangePage caughtUp = changes.listChanges(page.getCursor(), 10, List.of(ChangeType.LIBRARY));
        assertTrue(caughtUp.getItems().isEmpty(), "nothing new after the last cursor");

        OpenDataApi openData = new OpenDataApi(anonymous);
        OpenDataCatalogue catalogue = openData.getOpenDataCatalogue();
        assertEquals("CC BY 4.0", catalogue.getLicence().getName());
        assertTrue(catalogue.getDatasets().stream().anyMatch(d -> d.getId() == OpenDataset.LIBRARIES));
        assertTrue(openData.getOpenDatasetJson(OpenDataset.LIBRARIES).size() >= 1);
        assertTrue(openData.getOpenDatasetCsv(OpenDataset.THEMES).startsWith("\uFEFFid;number;title;"));
    }

    @Test
    @Order(31)
    void anAdminSubscribesAWebhookThatIsPingedAndRedelivered() throws Exception {
        com.sun.net.httpserver.HttpServer receiver =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        List<String> signatures = java.util.Collections.synchronizedList(new ArrayList<>());
        receiver.createContext("/hook", exchange -> {
            signatures.add(exchange.getRequestHeaders().getFirst("webhook-signature"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            WebhooksApi webhooks = new WebhooksApi(admin);
            WebhookCreated created = webhooks.createWebhook(new WebhookInput()
                    .url(java.net.URI.create(
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
                    .eventTypes(List.of("library.created"))
                    .description("Generated client"));
            assertTrue(created.getSecret().startsWith("whsec_"));
            long id = created.getWebhook().getId();
            assertTrue(webhooks.listWebhooks(1, 20, null).getItems().stream().anyMatch(w -> w.getId() == id));

            WebhookDelivery ping = webhooks.pingWebhook(id);
            WebhookDelivery delivered = awaitDelivered(webhooks, id, ping.getId());
            assertEquals(204, delivered.getLastStatus());
            WebhookDelivery again = webhooks.redeliverWebhook(ping.getId(), id);
            assertEquals(ping.getMessageId(), again.getMessageId(), "a redelivery sends the same message");
            awaitDelivered(webhooks, id, again.getId());
            assertTrue(signatures.size() >= 2 && signatures.stream().allMatch(v -> v.startsWith("v1,")));

            WebhookCreated rotated = webhooks.rotateWebhookSecret(id);
            assertTrue(!rotated.getSecret().equals(created.getSecret()));
            ApiResponse<WebhookView> read = webhooks.getWebhookWithHttpInfo(id);
            WebhookView disabled = webhooks.updateWebhook(
                    id,
                    etag(read),
                    new WebhookInput()
                            .url(java.net.URI.create(read.getData().getUrl()))
                            .eventTypes(read.getData().getEventTypes())
                            .enabled(false));
            assertEquals(Boolean.FALSE, disabled.getEnabled());
            webhooks.deleteWebhook(id, etag(webhooks.getWebhookWithHttpInfo(id)));
        } finally {
            receiver.stop(0);
        }
    }

    private static WebhookDelivery awaitDelivered(WebhooksApi webhooks, long id, long deliveryId) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var found = webhooks.listWebhookDeliveries(id, 1, 100, null).getItems().stream()
                    .filter(d -> d.getId() == deliveryId && d.getLastStatus() != null)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("delivery " + deliveryId + " was not attempted within 30 s");
    }

    @Test
    @Order(17)
    void theAuditTrailShowsWhoChangedWhat() throws Exception {
        var history =
                new AuditApi(integration).listAuditEvents(libraryId, "library", null, 1, 20, null, null, null, null);
        assertTrue(history.getTotalItems() >= 2, "created and renamed");
        var everything = new AuditApi(admin).listAuditEvents(null, null, null, 1, 5, null, null, null, coordinatorId);
        assertNotNull(everything.getItems());
    }

    @Test
    @Order(19)
    void searchReadsDanishAndKeepsPrivateContactsPrivate() throws Exception {
        SearchApi search = new SearchApi(anonymous);
        SearchResults found =
                search.search("nordjyllands teater", 1, 20, List.of(SearchKind.PARTNER, SearchKind.CONTACT));
        assertTrue(found.getItems().stream()
                .anyMatch(h -> h.getId() == partnerId
                        && h.getType() == SearchKind.PARTNER
                        && h.getHref().equals("/api/partners/" + partnerId)));
        assertEquals(SearchKind.values().length, found.getFacets().size());
        assertTrue(
                search.suggestSearch("nordjyllands tea", 5).getItems().stream().anyMatch(s -> s.getId() == partnerId));

        ContactsApi contacts = new ContactsApi(integration);
        ContactView secret = contacts.createContact(new ContactInput()
                .name("Hemmelig Kildesen")
                .libraryId(libraryId)
                .isPublic(false));
        assertEquals(0, search.search("Kildesen", null, null, null).getTotalItems());
        assertEquals(
                1,
                new SearchApi(integration).search("Kildesen", null, null, null).getTotalItems());
        contacts.deleteContact(secret.getId(), etag(contacts.getContactWithHttpInfo(secret.getId())));
        problem(400, "bad-request", () -> search.search(" ", null, null, null));
    }

    @Test
    @Order(18)
    void usersChangeTheirPasswordAndSignOut() throws Exception {
        new SignInApi(editor)
                .changePassword(
                        new PasswordChangeInput().currentPassword(PASSWORD).newPassword(PASSWORD + "-nyt"));
        signIn("redaktoer@generated-client.test", PASSWORD + "-nyt");

        // Forgotten: a link by mail (a real SMTP server in the test run) sets a new one.
        new SignInApi(anonymous)
                .requestPasswordReset(new PasswordResetRequest().email("redaktoer@generated-client.test"));
        String token = mail("redaktoer@generated-client.test", 1).link("/ny-adgangskode");
        new SignInApi(anonymous)
                .chooseNewPassword(new NewPasswordInput().token(token).password(PASSWORD + "-igen"));
        editor = signIn("redaktoer@generated-client.test", PASSWORD + "-igen");

        // A colleague is invited (no password given), and invited again.
        UsersApi users = new UsersApi(admin);
        UserView invited = users.createUser(new UserInput()
                .email("inviteret@generated-client.test")
                .displayName("Ivan Inviteret")
                .roles(Set.of(Role.COORDINATOR)));
        assertTrue(invited.getInvited());
        users.inviteUserAgain(invited.getId());
        String welcome = mail("inviteret@generated-client.test", 2).link("/velkommen");
        new SignInApi(anonymous)
                .chooseNewPassword(new NewPasswordInput().token(welcome).password(PASSWORD));
        signIn("inviteret@generated-client.test", PASSWORD);

        SignInApi session = new SignInApi(coordinator);
        assertEquals(
                "koordinator@generated-client.test",
                session.getSession().getUser().getEmail());
        session.logout();
        // No one is signed in any more: the session check answers 204, without an error.
        ApiResponse<SessionView> after = session.getSessionWithHttpInfo();
        assertEquals(204, after.getStatusCode());
        assertNull(after.getData());
    }

    /**
     * The newest mail to this address once n have come (a mail sent again after a timed-out send carries the same
     * link); if they do not come, the failure quotes what the app logged of its mails.
     */
    private dk.samspil.testing.GreenMailResource.Letter mail(String address, int n) throws java.io.IOException {
        try {
            return dk.samspil.testing.GreenMailResource.newestOfAtLeast(address, n);
        } catch (AssertionError missing) {
            List<String> logged = java.nio.file.Files.readAllLines(app.log()).stream()
                    .filter(line -> line.contains("mail") || line.contains("Mail"))
                    .toList();
            throw new AssertionError(missing.getMessage() + "\nThe app logged:\n" + String.join("\n", logged));
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyOperationOfTheContractWasCalled() {
        assertEquals(Set.of(), contract.unknownRequests(), "requests outside the contract");
        assertEquals(
                Set.of(),
                contract.operationsNeverCalled(),
                "operations of openapi.yaml (" + contract.operationCount() + ") never called through the client");
    }
}
