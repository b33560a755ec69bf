package dev.parley.conversation.benchmarks.http;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ceiling of the fake's stack: the same Javalin and Jetty, one route per measured request, each
 * answering the fake's recorded bytes with no work at all (no authentication, query, paging or JSON).
 * {@code java -cp ... BareJavalin PORT FIXTURE_DIR}.
 */
public final class BareJavalin {
    private BareJavalin() {
    }

    /** One recorded answer. */
    private record Route(HandlerType method, String path, int status, byte[] body) {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path fixture = Path.of(args[1]);
        List<Route> routes = new ArrayList<>();
        for (String line : Files.readAllLines(fixture.resolve("requests.tsv"))) {
            String[] fields = line.split("\t");
            String path = fields[2].contains("?") ? fields[2].substring(0, fields[2].indexOf('?')) : fields[2];
            routes.add(new Route(HandlerType.findOrCreate(fields[1]), path, Integer.parseInt(fields[3]),
                    Files.readAllBytes(fixture.resolve("bodies").resolve(fields[4]))));
        }
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            for (Route route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), ctx -> {
                    ctx.status(route.status());
                    if (route.body().length > 0) {
                        ctx.contentType("application/json").result(route.body());
                    }
                });
            }
        });
        app.start();
        System.out.println("Bare Javalin ready: http://127.0.0.1:" + app.port());
    }
}
