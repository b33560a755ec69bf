package dev.parley.conversation.benchmarks.realtime;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * The ceiling of the fake's realtime stack: the same Javalin 7 and Jetty 12 websocket, doing no work.
 * Given the fake's frames ({@code PUT /__frames}, one frame per line, two lines per message, recorded from
 * the fake by {@link RealtimeBenchmark}), it answers any frame a socket sends by sending the next recorded
 * pair to every connected socket, the sender's included, as the fake does with an agent's message. No
 * authentication, parsing, storing or serialization. {@code java -cp ... BareJavalinWebsocket PORT}.
 */
public final class BareJavalinWebsocket {
    /** The same path as the fake's channel. */
    static final String PATH = "/__websocket/conversation";

    private BareJavalinWebsocket() {
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @param args the port
     */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Set<WsContext> sockets = ConcurrentHashMap.newKeySet();
        AtomicLong sent = new AtomicLong();
        @SuppressWarnings("unchecked")
        List<String>[] frames = new List[] {List.of()};
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.jetty.modifyWebSocketServletFactory(factory -> factory.setIdleTimeout(Duration.ofMinutes(10)));
            config.routes.put("/__frames", ctx -> {
                frames[0] = List.of(ctx.body().split("\n"));
                ctx.status(204);
            });
            config.routes.ws(PATH, ws -> {
                ws.onConnect(sockets::add);
                ws.onMessage(ctx -> {
                    List<String> recorded = frames[0];
                    int pair = (int) (sent.getAndIncrement() % (recorded.size() / 2)) * 2;
                    for (WsContext socket : sockets) {
                        send(socket, recorded.subList(pair, pair + 2));
                    }
                });
                ws.onClose(sockets::remove);
                ws.onError(sockets::remove);
            });
        });
        app.start();
        System.out.println("Bare Javalin websocket ready: http://127.0.0.1:" + app.port());
    }

    /** As the fake does: asynchronously, the two frames one after the other, never interleaved per socket. */
    private static void send(WsContext socket, List<String> pair) {
        synchronized (socket) {
            for (String frame : pair) {
                socket.session.sendText(frame, Callback.NOOP);
            }
        }
    }
}
