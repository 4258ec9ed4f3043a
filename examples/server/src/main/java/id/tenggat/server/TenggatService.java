package id.tenggat.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.calendar.CalendarCoverageException;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.Court;
import id.tenggat.calendar.CourtLookupException;
import id.tenggat.calendar.CourtRegistry;
import id.tenggat.catalogue.Words;
import id.tenggat.ics.DeadlineICalendar;
import id.tenggat.json.BatchWriter;
import id.tenggat.json.InputShape;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import id.tenggat.server.ServerMetrics.ErrorKind;
import id.tenggat.sipp.DueItem;
import id.tenggat.sipp.SippDataSources;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenggat HTTP service: the JSON contract over HTTP ({@code /v1}), iCalendar export, the rule inventory, the
 * court registry and calendar, health and Prometheus metrics, and the clerk's web page at {@code /}.
 *
 * <p>It listens at once and builds the rule base in the background; {@code /health} answers 503 and the API
 * answers 503 with {@code Retry-After} until the rule base is ready. Closing it stops accepting requests, lets those
 * in flight finish (up to the shutdown grace) and then stops.
 */
public final class TenggatService implements AutoCloseable {
    /** The header that carries the API key. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final Logger LOG = LoggerFactory.getLogger(TenggatService.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
    /** Threads that answer the cases of one streamed batch, while another reads them and the request's thread writes. */
    private static final int ANSWER_THREADS = 2;
    private static final Set<String> ANSWER_PARAMETERS = Stream.concat(Stream.of("asOf", "lang", "court"),
            Stream.of(Policy.values()).map(Policy::id)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ROUTES = Set.of("/", "/health", "/metrics", "/v1/openapi.json",
            "/v1/schemas/case.schema.json", "/v1/schemas/answer.schema.json", "/v1/schemas/catalogue.schema.json",
            "/v1/deadlines", "/v1/deadlines.ics", "/v1/check", "/v1/calendar", "/v1/courts", "/v1/rules", "/v1/catalogue",
            "/v1/words", "/v1/sipp/due");
    /** How many days after {@code from} the SIPP due list reaches when {@code to} is not given. */
    private static final int SIPP_DUE_SOON_DAYS = 14;
    /** Set on a request rejected with its own message, which the status's error page must not replace. */
    private static final String REJECTED = "tenggat.rejected";

    private final ServerSettings settings;
    private final DeploymentData data;
    private final TenggatJson json = TenggatJson.create();
    private final ObjectMapper mapper = new ObjectMapper();
    private final GracefulHandler graceful = new GracefulHandler();
    private final ServerMetrics metrics = new ServerMetrics(graceful::getCurrentRequestCount);
    private final RequestBody bodies;
    private final AtomicReference<Library> library = new AtomicReference<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    /** The court's SIPP database, or null when the service reads none. */
    private final SippDueFeed sipp;
    private final Javalin app;

    private TenggatService(ServerSettings settings, DeploymentData data) {
        this.settings = settings;
        this.data = data;
        this.sipp = settings.sipp() == null ? null : new SippDueFeed(settings.sipp());
        this.bodies = new RequestBody(json, settings);
        this.app = Javalin.create(this::configure);
    }

    /** Starts the service with the library as shipped; see {@link #start(ServerSettings, DeploymentData)}. */
    public static TenggatService start(ServerSettings settings) {
        return start(settings, DeploymentData.NONE);
    }

    /**
     * Starts the service: listens at once, builds the rule base in the background.
     *
     * @param data the deployment's courts, calendar data and law values
     * @throws IllegalArgumentException if the address is not a loopback address and no API key is set
     */
    static TenggatService start(ServerSettings settings, DeploymentData data) {
        if (settings.apiKey() == null && !isLoopback(settings.host())) {
            throw new IllegalArgumentException("listening on " + settings.host()
                    + " (not a loopback address) needs an API key: set --api-key or TENGGAT_API_KEY");
        }
        TenggatService service = new TenggatService(settings, data);
        service.app.start(settings.host(), settings.port());
        Thread warmUp = new Thread(service::buildLibrary, "tenggat-rule-base");
        warmUp.setDaemon(true);
        warmUp.start();
        return service;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    private void buildLibrary() {
        long started = System.nanoTime();
        Library built = Library.warmedUp(data);
        library.set(built);
        ready.countDown();
        CourtCalendar national = built.defaults().calendar();
        LOG.info("tenggat-server ready on http://{}:{}/ : {} rules, calendar {} to {}, {} courts ({} ms)",
                settings.host(), port(), built.defaults().rules().size(), national.firstCoveredDate(),
                national.lastCoveredDate(), built.defaults().courts().courts().size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The port the service listens on (the real one when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** Waits until the rule base is built; true if it was within the time given. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Requests the server has taken in and not yet answered. */
    long requestsInFlight() {
        return graceful.getCurrentRequestCount();
    }

    /**
     * Stops accepting requests, lets those in flight finish (up to the shutdown grace), then stops and closes the
     * connections to SIPP (after the requests that may read it).
     */
    @Override
    public void close() {
        try {
            app.stop();
        } catch (JavalinException e) {
            LOG.warn("requests still running after the shutdown grace of {} were cut off", settings.shutdownGrace());
        }
        if (sipp != null) {
            sipp.close();
        }
    }

    // ---------------------------------------------------------------- configuration

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.jetty.modifyServer(server -> {
            // In-flight requests finish on stop; new ones are refused with 503.
            server.setHandler(graceful);
            server.setStopTimeout(settings.shutdownGrace().toMillis());
            server.setErrorHandler(new JsonErrorHandler(json));
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler(json)));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/id/tenggat/server/web";
            files.location = Location.CLASSPATH;
        });
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                settings.corsOrigins().forEach(origin -> rule.allowHost(origin));
                rule.exposeHeader("Content-Disposition");
            }));
        }
        config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(),
                ROUTES.contains(ctx.path()) ? ctx.path() : "other", ctx.statusCode(),
                Duration.ofNanos((long) (ms * 1_000_000))));

        config.routes.before("/v1/*", this::requireApiKey);
        config.routes.before("/metrics", this::requireApiKey);
        config.routes.exception(RequestRejected.class, (e, ctx) -> reject(ctx, e));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // The log keeps the cause; the client gets no stack trace and no class name.
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            metrics.error(ErrorKind.INTERNAL);
            errors(ctx, 500, new FieldError("", null, "internal error; the service's log has the details",
                    "galat internal; log layanan memuat rinciannya"));
        });
        config.routes.error(404, ctx -> {
            // A resource that rejected the request with 404 (e.g. /v1/sipp/due without SIPP) said why itself.
            if (ctx.attribute(REJECTED) == null) {
                errors(ctx, 404, new FieldError("path", ctx.path(),
                        "no such resource; the API is described at /v1/openapi.json",
                        "sumber daya ini tidak ada; API-nya diuraikan di /v1/openapi.json"));
            }
        });
        config.routes.error(405, ctx -> errors(ctx, 405,
                new FieldError("method", ctx.method().name(), "method not allowed on " + ctx.path(),
                        "metode ini tidak diizinkan pada " + ctx.path())));

        config.routes.get("/health", this::health);
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        config.routes.get("/v1/openapi.json", ctx -> resource(ctx, "/id/tenggat/server/openapi.json"));
        config.routes.get("/v1/schemas/case.schema.json", ctx -> resource(ctx, "/id/tenggat/schema/case.schema.json"));
        config.routes.get("/v1/schemas/answer.schema.json", ctx -> resource(ctx, "/id/tenggat/schema/answer.schema.json"));
        config.routes.get("/v1/schemas/catalogue.schema.json",
                ctx -> resource(ctx, "/id/tenggat/schema/catalogue.schema.json"));
        config.routes.post("/v1/deadlines", timed(this::deadlines));
        config.routes.post("/v1/deadlines.ics", timed(this::deadlinesIcs));
        config.routes.post("/v1/check", timed(this::check));
        config.routes.get("/v1/calendar", this::calendar);
        config.routes.get("/v1/courts", this::courts);
        config.routes.get("/v1/rules", ctx -> {
            allowOnly(ctx, Set.of());
            ctx.contentType(JSON).result(json.writeRules(library(ctx).defaults().rules()));
        });
        config.routes.get("/v1/catalogue", ctx -> {
            allowOnly(ctx, Set.of());
            ctx.contentType(JSON).result(json.writeCatalogue(library(ctx).defaults().catalogue()));
        });
        config.routes.get("/v1/words", this::words);
        config.routes.get("/v1/sipp/due", timed(this::sippDue));
    }

    /** Runs a handler off the server's threads with the request timeout; past it the client gets 503. */
    private Handler timed(Handler handler) {
        return ctx -> ctx.async(task -> {
            task.timeout = settings.requestTimeout().toMillis();
            task.onTimeout(c -> {
                metrics.error(ErrorKind.TIMEOUT);
                errors(c, 503, new FieldError("requestTimeout", settings.requestTimeout().toString(),
                        "the request took longer than requestTimeout = " + settings.requestTimeout().toSeconds()
                                + " s; send fewer cases per request",
                        "permintaan berlangsung lebih lama dari requestTimeout = "
                                + settings.requestTimeout().toSeconds() + " detik; kirim lebih sedikit perkara per "
                                + "permintaan"));
            });
        }, () -> handler.handle(ctx));
    }

    private void requireApiKey(Context ctx) {
        if (settings.apiKey() == null || ctx.method() == HandlerType.OPTIONS) {
            // A browser's CORS preflight carries no key; the request that follows it does.
            return;
        }
        String given = ctx.header(API_KEY_HEADER);
        byte[] expected = settings.apiKey().getBytes(StandardCharsets.UTF_8);
        byte[] actual = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new RequestRejected(401, ErrorKind.AUTH, API_KEY_HEADER, null,
                    given == null ? "missing API key: send it in the " + API_KEY_HEADER + " header"
                            : "wrong API key in the " + API_KEY_HEADER + " header",
                    given == null ? "kunci API tidak ada: kirimkan di header " + API_KEY_HEADER
                            : "kunci API di header " + API_KEY_HEADER + " salah");
        }
    }

    // ---------------------------------------------------------------- handlers

    private void health(Context ctx) {
        ObjectNode o = mapper.createObjectNode();
        Library lib = library.get();
        if (lib == null) {
            ctx.status(503).header("Retry-After", "5").contentType(JSON).result(o.put("status", "STARTING").toString());
            return;
        }
        CourtCalendar national = lib.defaults().calendar();
        o.put("status", "UP").put("rules", lib.defaults().rules().size());
        o.putObject("calendar").put("from", national.firstCoveredDate().toString())
                .put("to", national.lastCoveredDate().toString());
        o.put("courts", lib.defaults().courts().courts().size());
        ctx.contentType(JSON).result(o.toString());
    }

    /**
     * The library's words a clerk reads ({@link Words}), per language: each status, party and event type by its code,
     * so that a page shows what the text report shows.
     */
    private void words(Context ctx) {
        allowOnly(ctx, Set.of());
        ObjectNode o = mapper.createObjectNode();
        for (Language language : Language.values()) {
            ObjectNode words = o.putObject(language.name().toLowerCase(Locale.ROOT));
            ObjectNode status = words.putObject("status");
            Stream.of(Status.values()).forEach(v -> status.put(v.name(), Words.name(v, language)));
            ObjectNode party = words.putObject("party");
            Stream.of(Party.values()).forEach(v -> party.put(v.name(), Words.name(v, language)));
            ObjectNode event = words.putObject("event");
            Stream.of(EventType.values()).forEach(v -> event.put(v.name(), Words.name(v, language)));
        }
        ctx.contentType(JSON).result(o.toString());
    }

    /**
     * One case, an array or JSON Lines in; the answers out in the same shape and order. A batch is read, answered and
     * written case by case, so that the first answer leaves while later cases are still arriving and memory stays
     * bounded; one case is answered whole, 400 when it has errors.
     */
    private void deadlines(Context ctx) throws IOException {
        AnswerQuery q = answerQuery(ctx);
        RequestBody.Cases cases = bodies.cases(body(ctx), ctx.contentLength(), q.court());
        if (cases.shape() == InputShape.OBJECT) {
            ReadResult read = cases.readAll();
            List<CaseAnswer> answers = read.answer(q.tenggat(), q.asOf());
            countAnswers(answers);
            StringWriter out = new StringWriter();
            json.writeAnswers(answers, read.shape(), q.language(), out);
            ctx.status(answers.stream().allMatch(CaseAnswer::ok) ? 200 : 400).contentType(JSON).result(out.toString());
            return;
        }
        streamAnswers(ctx, cases, q);
    }

    /**
     * Answers a batch as it is read. A limit broken before the first answer is written is the usual error response
     * (413 or 400); one broken after answers have left with status 200 ends the output with one last entry, the
     * request error {@code {"errors": [{"field": <the limit>, ...}]}}: the last line of JSON Lines, the last element
     * of an array (which is then closed), so that a truncated batch is never taken for a complete one.
     */
    private void streamAnswers(Context ctx, RequestBody.Cases cases, AnswerQuery q) throws IOException {
        ctx.status(200).contentType(cases.shape() == InputShape.LINES ? JSON_LINES : JSON);
        // The servlet's own stream: each answer's flush sends it at once (Javalin's stream may hold it for compression).
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8));
        BatchWriter answers = json.writer(out, cases.shape(), q.language());
        try {
            json.answer(cases, q.tenggat(), c -> q.asOf(), answer -> {
                answers.write(answer);
                metrics.casesAnswered(1, answer.ok() ? 0 : 1);
            }, ANSWER_THREADS);
            answers.end();
        } catch (RequestRejected e) {
            if (answers.written() == 0) {
                throw e;
            }
            metrics.error(e.kind());
            String error = mapper.readTree(json.writeErrors(List.of(e.error()))).toString();
            out.write(cases.shape() == InputShape.ARRAY ? ",\n" + error + "\n]\n" : error + "\n");
            out.flush();
        }
    }

    /** The dated deadlines of the cases as an iCalendar file; cases with errors get their answers as JSON, 400. */
    private void deadlinesIcs(Context ctx) throws IOException {
        AnswerQuery q = answerQuery(ctx);
        ReadResult read = readCases(ctx, q);
        List<CaseAnswer> answers = read.answer(q.tenggat(), q.asOf());
        countAnswers(answers);
        if (!answers.stream().allMatch(CaseAnswer::ok)) {
            StringWriter out = new StringWriter();
            json.writeAnswers(answers, read.shape(), q.language(), out);
            ctx.status(400).contentType(read.shape() == InputShape.LINES ? JSON_LINES : JSON).result(out.toString());
            return;
        }
        StringWriter out = new StringWriter();
        DeadlineICalendar.in(q.language()).write(DeadlineICalendar.Answered.of(q.tenggat(), read, answers), out);
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"tenggat.ics\"")
                .result(out.toString());
    }

    /**
     * Reads and validates the cases without answering them, exactly as /v1/deadlines validates them before answering
     * (the same day, the same default court, the same courts).
     */
    private void check(Context ctx) throws IOException {
        allowOnly(ctx, Set.of("asOf", "court"));
        Tenggat tenggat = library(ctx).defaults();
        LocalDate asOf = asOf(ctx, tenggat);
        ReadResult read = bodies.read(body(ctx), ctx.contentLength()).withDefaultCourt(ctx.queryParam("court"))
                .checkedBy(tenggat, asOf);
        StringWriter out = new StringWriter();
        json.writeCheck(read, out);
        ctx.contentType(read.shape() == InputShape.LINES ? JSON_LINES : JSON).result(out.toString());
    }

    private void calendar(Context ctx) {
        allowOnly(ctx, Set.of("from", "to", "court"));
        LocalDate from = date(ctx, "from", true);
        LocalDate to = date(ctx, "to", true);
        if (to.isBefore(from)) {
            throw RequestRejected.badParameter("to", to.toString(), "to " + to + " is before from " + from,
                    "to " + to + " mendahului from " + from);
        }
        CourtCalendar calendar = court(ctx, library(ctx).defaults());
        try {
            ctx.contentType(JSON).result(json.writeCalendar(calendar.nonWorkingDays(from, to)));
        } catch (CalendarCoverageException e) {
            String field = e.date().isBefore(e.coveredFrom()) ? "from" : "to";
            throw RequestRejected.badParameter(FieldError.coverage(field, e));
        }
    }

    /** Every court of the registry, or those that {@code q} names (one, or each court sharing the name). */
    private void courts(Context ctx) {
        allowOnly(ctx, Set.of("q"));
        CourtRegistry registry = library(ctx).defaults().courts();
        String q = ctx.queryParam("q");
        ObjectNode o = mapper.createObjectNode();
        ArrayNode list = o.putArray("courts");
        (q == null ? registry.courts() : named(registry, q)).forEach(court -> list.add(json.toJson(court)));
        ctx.contentType(JSON).result(o.toString());
    }

    /** The court a name or satker code names, or each court of an ambiguous name; 400 with the nearest names. */
    private static List<Court> named(CourtRegistry registry, String q) {
        try {
            return List.of(registry.court(q));
        } catch (CourtLookupException e) {
            if (e.ambiguous()) {
                return e.matches();
            }
            throw RequestRejected.badParameter(FieldError.court("q", e));
        }
    }

    /**
     * The court's overdue deadlines and those due from {@code from} to {@code to}, read from its SIPP database, for a
     * dashboard joining them on {@code perkaraId}. By default {@code asOf} is today in the court's time zone,
     * {@code from} is {@code asOf} and {@code to} is {@value #SIPP_DUE_SOON_DAYS} days after {@code from}. 404 when the
     * service reads no SIPP database, 503 when it cannot be read.
     */
    private void sippDue(Context ctx) {
        if (sipp == null) {
            throw new RequestRejected(404, ErrorKind.BAD_REQUEST, "path", ctx.path(), "this service reads no SIPP"
                    + " database: start it with --sipp-jdbc-url and --sipp-user, the password in "
                    + SippDataSources.PASSWORD_VARIABLE + " or --sipp-password-file",
                    "layanan ini tidak membaca basis data SIPP: jalankan dengan --sipp-jdbc-url dan --sipp-user, "
                    + "kata sandinya di " + SippDataSources.PASSWORD_VARIABLE + " atau --sipp-password-file");
        }
        allowOnly(ctx, Set.of("asOf", "from", "to", "lang"));
        LocalDate asOfGiven = date(ctx, "asOf", false);
        LocalDate fromGiven = date(ctx, "from", false);
        LocalDate toGiven = date(ctx, "to", false);
        Language language = language(ctx);
        Tenggat tenggat = library(ctx).defaults();
        try {
            String court = sipp.court(tenggat);
            CourtCalendar calendar = court == null ? tenggat.calendar() : tenggat.calendarFor(court);
            LocalDate asOf = asOfGiven != null ? asOfGiven : tenggat.today(calendar.zone());
            LocalDate from = fromGiven != null ? fromGiven : asOf;
            LocalDate to = toGiven != null ? toGiven : from.plusDays(SIPP_DUE_SOON_DAYS);
            if (to.isBefore(from)) {
                throw RequestRejected.badParameter("to", to.toString(), "to " + to + " is before from " + from,
                        "to " + to + " mendahului from " + from);
            }
            SippDueFeed.Read<List<DueItem>> read = sipp.due(tenggat, new SippDueFeed.Window(asOf, from, to));
            ObjectNode o = mapper.createObjectNode();
            if (court == null) {
                o.putNull("court");
            } else {
                o.set("court", json.toJson(tenggat.courts().court(court)));
            }
            o.put("asOf", asOf.toString()).put("from", from.toString()).put("to", to.toString())
                    .put("readAt", read.at().toString());
            ArrayNode items = o.putArray("items");
            for (DueItem item : read.value()) {
                items.addObject().put("perkaraId", item.perkaraId()).put("nomorPerkara", item.nomorPerkara())
                        .set("deadline", json.toJson(item.deadline(), language));
            }
            ctx.contentType(JSON).result(o.toString());
        } catch (SQLException e) {
            // The log says why (host, account, table); the caller learns only that SIPP cannot be read now.
            LOG.warn("SIPP could not be read at {}: {}", settings.sipp().jdbcUrl(), e.getMessage());
            ctx.header("Retry-After", "30");
            throw new RequestRejected(503, ErrorKind.SIPP, "sipp", null,
                    "the court's SIPP database cannot be read at the moment; the service's log has the details",
                    "basis data SIPP pengadilan tidak dapat dibaca saat ini; log layanan memuat rinciannya");
        }
    }

    // ---------------------------------------------------------------- parts

    /** What a request for answers asks: on which day, in which language, under which policy readings. */
    private record AnswerQuery(Tenggat tenggat, LocalDate asOf, Language language, String court) {
    }

    private AnswerQuery answerQuery(Context ctx) {
        allowOnly(ctx, ANSWER_PARAMETERS);
        Map<Policy, String> readings = new EnumMap<>(Policy.class);
        for (Policy p : Policy.values()) {
            String reading = ctx.queryParam(p.id());
            if (reading != null) {
                try {
                    readings.put(p, p.requireReading(reading));
                } catch (IllegalArgumentException e) {
                    throw RequestRejected.badParameter(p.id(), reading, e.getMessage(),
                            "bacaan " + p.id() + " tidak dikenal; bacaannya adalah " + String.join(", ", p.readings()));
                }
            }
        }
        Tenggat tenggat = library(ctx).with(readings);
        return new AnswerQuery(tenggat, asOf(ctx, tenggat), language(ctx), ctx.queryParam("court"));
    }

    /** The day a request asks about: {@code asOf}, or today in the zone of its {@code court} (else Jakarta). */
    private LocalDate asOf(Context ctx, Tenggat tenggat) {
        CourtCalendar calendar = court(ctx, tenggat);
        LocalDate asOf = date(ctx, "asOf", false);
        return asOf != null ? asOf : tenggat.today(calendar.zone());
    }

    /** The one way from a request body to the cases to answer; see {@link RequestBody}. */
    private ReadResult readCases(Context ctx, AnswerQuery q) throws IOException {
        return bodies.read(body(ctx), ctx.contentLength()).withDefaultCourt(q.court());
    }

    private static InputStream body(Context ctx) throws IOException {
        return ctx.req().getInputStream();
    }

    private void countAnswers(List<CaseAnswer> answers) {
        metrics.casesAnswered(answers.size(), (int) answers.stream().filter(a -> !a.ok()).count());
    }

    private Library library(Context ctx) {
        Library lib = library.get();
        if (lib == null) {
            ctx.header("Retry-After", "5");
            throw new RequestRejected(503, ErrorKind.BAD_REQUEST, "", null,
                    "the service is starting: the rule base is being built; retry in a few seconds",
                    "layanan sedang dimulai: basis aturan sedang dibangun; coba lagi beberapa detik lagi");
        }
        return lib;
    }

    private static void allowOnly(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw RequestRejected.badParameter(name, ctx.queryParam(name), "unknown parameter '" + name + "'"
                        + (allowed.isEmpty() ? "; this resource takes none" : "; parameters: " + allowed.stream().sorted().toList()),
                        "parameter '" + name + "' tidak dikenal" + (allowed.isEmpty()
                                ? "; sumber daya ini tidak menerima parameter"
                                : "; parameternya: " + allowed.stream().sorted().toList()));
            }
        }
    }

    private static LocalDate date(Context ctx, String name, boolean required) {
        String value = ctx.queryParam(name);
        if (value == null) {
            if (required) {
                throw RequestRejected.badParameter(name, null, "missing parameter '" + name + "' (yyyy-MM-dd)",
                        "parameter '" + name + "' tidak ada (yyyy-MM-dd)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRejected.badParameter(name, value, "not a date: expected yyyy-MM-dd",
                    "bukan tanggal: yang diharapkan yyyy-MM-dd");
        }
    }

    private static Language language(Context ctx) {
        String value = ctx.queryParam("lang");
        if (value == null) {
            return Language.ID;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "id" -> Language.ID;
            case "en" -> Language.EN;
            default -> throw RequestRejected.badParameter("lang", value, "unknown language; languages: id, en",
                    "bahasa tidak dikenal; bahasanya: id, en");
        };
    }

    /** The calendar of the court named by the {@code court} parameter, or the national one. */
    private CourtCalendar court(Context ctx, Tenggat tenggat) {
        String name = ctx.queryParam("court");
        try {
            return tenggat.calendarFor(name);
        } catch (CourtLookupException e) {
            FieldError error = FieldError.court("court", e);
            throw RequestRejected.badParameter(new FieldError(error.field(), error.value(),
                    error.message() + "; the courts are listed at /v1/courts",
                    error.indonesian() + "; daftar pengadilan ada di /v1/courts"));
        }
    }

    private void resource(Context ctx, String path) {
        InputStream in = TenggatService.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("resource missing from the jar: " + path);
        }
        try (in) {
            ctx.contentType(JSON).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reject(Context ctx, RequestRejected e) {
        ctx.attribute(REJECTED, true);
        metrics.error(e.kind());
        errors(ctx, e.status(), e.error());
    }

    private void errors(Context ctx, int status, FieldError error) {
        ctx.status(status).contentType(JSON).result(json.writeErrors(List.of(error)));
    }
}
