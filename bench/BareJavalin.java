import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "bare Javalin" of bench/load.sh: the same Javalin as the app, with no handler work at all. Each file
 * {@code NAME.body} of a directory is served at {@code /NAME} with the media type of {@code NAME.type} (and the
 * content coding of {@code NAME.encoding} when present), so each path of the app is paired with an endpoint that
 * sends a body of the same size. Run with the packaged app on the class path (single-file source launch):
 * {@code java -cp web/target/occucompare.jar bench/BareJavalin.java PORT DIRECTORY}.
 */
public final class BareJavalin {
    private BareJavalin() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path directory = Path.of(args[1]);
        List<Body> bodies = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".body")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.body$", "");
                Path encoding = directory.resolve(name + ".encoding");
                bodies.add(new Body(name, Files.readAllBytes(file),
                        Files.readString(directory.resolve(name + ".type")).strip(),
                        Files.exists(encoding) ? Files.readString(encoding).strip() : null));
            }
        }
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            for (Body body : bodies) {
                config.routes.get("/" + body.name(), ctx -> {
                    if (body.coding() != null) {
                        ctx.header("Content-Encoding", body.coding());
                    }
                    ctx.contentType(body.type()).result(body.bytes());
                });
            }
        }).start("127.0.0.1", port);
    }

    private record Body(String name, byte[] bytes, String type, String coding) {
    }
}
