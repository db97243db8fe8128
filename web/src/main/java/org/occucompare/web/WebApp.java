package org.occucompare.web;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.occucompare.core.model.Occupation;
import org.occucompare.web.api.AnalysisApiController;
import org.occucompare.web.api.CompareApiController;
import org.occucompare.web.api.MapApiController;
import org.occucompare.web.api.OccupationApiController;
import org.occucompare.web.cache.DataStamp;
import org.occucompare.web.cache.FreshnessPolicy;
import org.occucompare.web.cache.ResponseCache;
import org.occucompare.web.chart.AreaMap;
import org.occucompare.web.chart.MapMeasure;
import org.occucompare.web.compare.CompareService;
import org.occucompare.web.error.ErrorMapping;
import org.occucompare.web.health.HealthController;
import org.occucompare.web.json.ModelJson;
import org.occucompare.web.metrics.MetricsController;
import org.occucompare.web.metrics.RequestMetrics;
import org.occucompare.web.openapi.OpenApiController;
import org.occucompare.web.openapi.OpenApiDocument;
import org.occucompare.web.pages.ComparePageController;
import org.occucompare.web.pages.ErrorPages;
import org.occucompare.web.pages.Frames;
import org.occucompare.web.pages.HomeController;
import org.occucompare.web.pages.OccupationPageController;
import org.occucompare.web.security.RequestHardening;
import org.occucompare.web.security.SecurityHeaders;
import org.occucompare.web.ui.PageRenderer;
import org.occucompare.web.ui.Params;

/**
 * The web app: builds the controllers over the open {@link Application} of {@link WebDeps} and declares every route,
 * UI pages under {@code /} and JSON under {@code /api}. Failures are mapped to responses by {@link ErrorMapping}.
 */
public final class WebApp {
    /** How long stopping waits for the requests in flight to finish. */
    private static final Duration GRACE = Duration.ofSeconds(20);
    /** The most bytes of rendered answers kept: an eighth of the heap, at most 64 MB. */
    private static final long RESPONSE_CACHE_BYTES = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8);
    /** How soon a new dataset version (imported by this process or another) is seen by the response cache. */
    private static final Duration DATASET_REREAD = Duration.ofSeconds(1);

    private WebApp() {
    }

    /**
     * Creates the app, not yet started; call {@code start(host, port)} and later {@code stop()}.
     *
     * @param deps the parts the app is built from, never null
     * @return the configured app, never null
     */
    public static Javalin create(WebDeps deps) {
        requireNonNull(deps, "deps is null");
        return Javalin.create(config -> configure(config, deps));
    }

    /**
     * Applies the whole app configuration to a Javalin config. {@link #create} uses it; tests use it to add routes
     * of their own to an otherwise identical app.
     *
     * @param config the config being built, never null
     * @param deps the parts the app is built from, never null
     */
    public static void configure(JavalinConfig config, WebDeps deps) {
        requireNonNull(config, "config is null");
        requireNonNull(deps, "deps is null");
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(ModelJson.create(), false));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
        });
        config.routes.before(new SecurityHeaders());
        config.routes.before(Params::requireWellFormedQuery);
        RequestHardening.install(config);
        RequestMetrics.register(config, deps.metrics());
        config.jetty.modifyServer(WebApp::stopGracefully);
        PageRenderer renderer = new PageRenderer();
        Application app = deps.app();
        Frames frames = new Frames(deps.version(), app::describe, app.store());
        ErrorMapping.register(config, new ErrorPages(renderer, frames));

        ResponseCache cache = new ResponseCache(RESPONSE_CACHE_BYTES,
                DataStamp.reader(app.store(), app.analysis(), Clock.systemUTC(), DATASET_REREAD), Clock.systemUTC());
        FreshnessPolicy freshness = app.occupations() == app.store() ? FreshnessPolicy.STORE_ONLY
                : new FreshnessPolicy(Optional.of(app.config().cacheFreshness()));
        HomeController home = new HomeController(renderer, frames, app.occupations());
        BiFunction<Occupation, MapMeasure, AreaMap> areaMaps = (occupation, measure) -> AreaMap.of(occupation,
                app.compare().areas(), measure);
        CompareService compare = app.compare();
        OccupationPageController occupationPage = new OccupationPageController(renderer, frames, app.occupations(),
                app.analysis(), compare::resolve, compare::answeredBySource, compare::places, areaMaps, cache,
                freshness);
        ComparePageController comparePage = new ComparePageController(renderer, frames, app.compare(), cache,
                freshness);
        HealthController health = new HealthController(deps.version(), app.store());
        MetricsController metrics = new MetricsController(deps.metrics());
        deps.metrics().watchDataset(app.store()::dataset);
        app.store().bindMetrics(deps.metrics().registry());
        OccupationApiController occupations = new OccupationApiController(app.occupations(), app.compare()::resolve,
                app.compare()::places);
        CompareApiController comparisons = new CompareApiController(app.compare(), deps.version(), cache, freshness);
        AnalysisApiController analysis = new AnalysisApiController(app.analysis());
        MapApiController maps = new MapApiController(app.compare()::places, areaMaps, cache, freshness);
        OpenApiController openApi = new OpenApiController(OpenApiDocument.load(), renderer, frames::frame);
        config.routes.apiBuilder(() -> {
            get("/", home::home);
            get("/search", home::search);
            get("/occupations/{code}", occupationPage::occupation);
            get("/occupations/{code}/places", occupationPage::places);
            get("/compare", comparePage::compare);
            get("/metrics", metrics::scrape);
            path("api", () -> {
                get("health", health::health);
                get("ready", health::ready);
                get("occupations", occupations::search);
                get("occupations/{code}", occupations::occupation);
                get("occupations/{code}/places", occupations::places);
                get("compare", comparisons::compare);
                get("compare.csv", comparisons::csv);
                get("charts/map.{format}", maps::map); // before charts/{kind}: routes match in order
                get("charts/{kind}.{format}", comparisons::chart);
                get("similar/{code}", analysis::similar);
                get("metrics", analysis::metrics);
                get("plugins", analysis::plugins);
                get("openapi.json", openApi::openApi);
                get("docs", openApi::docs);
            });
        });
    }

    /**
     * Lets stopping the server finish the requests in flight, for up to {@link #GRACE}: Jetty stops accepting
     * connections and waits for the requests its graceful handler counts (Javalin puts its own handlers inside it).
     */
    private static void stopGracefully(Server server) {
        server.setStopTimeout(GRACE.toMillis());
        server.setHandler(new GracefulHandler());
    }
}
