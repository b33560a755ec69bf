package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.mock.engine.TenantControl;
import dev.parley.conversation.mock.server.ContractOperations.Operation;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * What every request goes through before its handler: authentication, the tenant's faults, the API
 * version header, the contract check; and, after it, the tenant's journal.
 */
final class Gateway {
    static final String API_VERSION_HEADER = "X-UltraCart-Api-Version";
    static final String API_VERSION = "2017-03-01";
    private static final String RECEIVED_AT = "parley.receivedAt";
    private static final String JOURNALED = "parley.journaled";
    /** The request's tenant, resolved once from its credential. */
    private static final String TENANT = "parley.tenant";
    private static final String MASK = "****";

    /** Handles one operation of the API. */
    @FunctionalInterface
    interface ApiHandler {
        void handle(ApiCall call);
    }

    /** Handles one control-plane request for the tenant of its credential. */
    @FunctionalInterface
    interface AdminHandler {
        void handle(Context ctx, FakeTenant tenant);
    }

    /** Handles one control-plane request about the whole server (what belongs to no tenant). */
    @FunctionalInterface
    interface ServerHandler {
        void handle(Context ctx, FakeUltraCart fake);
    }

    private final FakeUltraCart fake;
    private final Clock clock;
    private final boolean strict;
    private final long maxBodyBytes;

    Gateway(FakeUltraCart fake, Clock clock, boolean strict, long maxBodyBytes) {
        this.fake = fake;
        this.clock = clock;
        this.strict = strict;
        this.maxBodyBytes = maxBodyBytes;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The Javalin handler of one API operation: authenticate, apply a fault, check, then handle. */
    Handler api(String operationId, ApiHandler handler) {
        return ctx -> {
            Operation operation = ContractOperations.get().operation(operationId);
            ctx.attribute(RECEIVED_AT, now());
            TenantControl tenant = fake.engine().control(Credentials.require(ctx));
            ctx.attribute(TENANT, tenant);
            FaultRules.Triggered fault = fake.side(tenant).faults().consume(ctx.method().name(), ctx.path());
            if (fault == null) {
                serve(ctx, operation, handler, tenant);
            } else {
                ctx.future(() -> applyFault(ctx, fault, () -> serve(ctx, operation, handler, tenant)));
            }
        };
    }

    /** The Javalin handler of one control-plane endpoint: authenticate, then handle for that tenant. */
    Handler admin(AdminHandler handler) {
        return ctx -> handler.handle(ctx, fake.control(Credentials.require(ctx)));
    }

    /** The Javalin handler of a control-plane endpoint of the whole server, which needs no credential. */
    Handler server(ServerHandler handler) {
        return ctx -> handler.handle(ctx, fake);
    }

    /** Keeps an API request in its tenant's journal, once it has been answered. */
    void journal(Context ctx) {
        if (ctx.attribute(JOURNALED) == null) {
            record(ctx, ctx.statusCode());
        }
    }

    /**
     * A URI longer than {@link FakeUltraCart#MAX_URI_CHARS} is 414, answered like any other error on a
     * connection that stays open (the whole request was read).
     */
    void refuseLongUri(Context ctx) {
        String query = ctx.queryString();
        int length = ctx.req().getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (length > FakeUltraCart.MAX_URI_CHARS) {
            throw UltraCartError.of(414, "The request URI is " + length + " characters long; the fake reads URIs of at most "
                    + FakeUltraCart.MAX_URI_CHARS + " characters.", ErrorResponses.userMessage(414));
        }
    }

    /** HEAD is not part of the API: without this, Javalin would answer it 200 for every GET path, unchecked. */
    void refuseHead(Context ctx) {
        if (ctx.method().name().equals("HEAD")) {
            throw UltraCartError.of(405, "Method HEAD is not allowed on " + ApiCall.printable(ctx.path()) + ".",
                    ErrorResponses.userMessage(405));
        }
    }

    private void serve(Context ctx, Operation operation, ApiHandler handler, TenantControl tenant) {
        String version = ctx.header(API_VERSION_HEADER);
        if (version != null && !version.equals(API_VERSION)) {
            throw UltraCartError.badRequest(API_VERSION_HEADER + " must be " + API_VERSION + " (or absent) but was \""
                    + ApiCall.printable(version) + "\".");
        }
        String body = Bodies.text(ctx, maxBodyBytes);
        ConversationPort port = tenant.port();
        handler.handle(ApiCall.read(ctx, operation, port, body, strict));
    }

    private CompletableFuture<?> applyFault(Context ctx, FaultRules.Triggered triggered, Runnable serve) {
        Fault fault = triggered.fault();
        CompletableFuture<Void> wait = fault.delay() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> { },
                        CompletableFuture.delayedExecutor(fault.delay().toMillis(), TimeUnit.MILLISECONDS));
        return wait.thenCompose(ignored -> {
            if (fault.dropConnection()) {
                drop(ctx);
                // Never completed: the request ends with its connection, and Javalin must not answer it.
                return new CompletableFuture<Void>();
            }
            if (fault.status() != null) {
                int status = fault.status();
                Long retryAfter = fault.retryAfterSeconds() != null ? fault.retryAfterSeconds() : status == 429 ? 1L : null;
                throw UltraCartError.withDetails(status, ErrorDetails.of(
                        "Fault " + triggered.id() + " (" + triggered.use() + " of " + fault.times() + "): the fake answers "
                                + status + " to " + ctx.method() + " " + ctx.path() + ".",
                        ErrorResponses.userMessage(status)), retryAfter);
            }
            serve.run();
            return CompletableFuture.completedFuture(null);
        });
    }

    private void drop(Context ctx) {
        record(ctx, 0);
        ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection().getEndPoint().close();
    }

    /**
     * Journals the request: in its tenant's journal, or, when it was refused for its credential (401),
     * in the server's journal of refused requests, with the reason as its note.
     */
    private void record(Context ctx, int status) {
        boolean refused = status == 401;
        Journal journal = refused ? fake.refusedJournal() : tenantJournal(ctx);
        if (journal == null) {
            return;
        }
        ctx.attribute(JOURNALED, Boolean.TRUE);
        String body;
        try {
            body = Journal.keptBody(Bodies.text(ctx, maxBodyBytes));
        } catch (RuntimeException e) {
            body = "(not kept: larger than " + maxBodyBytes + " bytes)";
        }
        Instant receivedAt = ctx.attribute(RECEIVED_AT);
        List<String> notes = refused ? refusal(ctx) : ApiCall.notes(ctx);
        journal.record(new RecordedRequest(ctx.method().name(), ctx.path(), ctx.queryString(),
                maskedHeaders(ctx, refused), body, status, receivedAt == null ? now() : receivedAt, notes));
    }

    /**
     * The journal of the request's tenant: the tenant resolved when it was served, else its credential's;
     * null for a request with no credential.
     */
    private Journal tenantJournal(Context ctx) {
        TenantControl tenant = ctx.attribute(TENANT);
        if (tenant == null) {
            String credential = Credentials.find(ctx);
            if (credential == null) {
                return null;
            }
            tenant = fake.engine().control(credential);
        }
        return fake.side(tenant).journal();
    }

    private static List<String> refusal(Context ctx) {
        String reason = ctx.res().getHeader(ErrorResponses.ERROR_HEADER);
        return reason == null ? List.of() : List.of(reason);
    }

    /**
     * The headers with credentials masked. For a refused request the mask keeps what helps to see why
     * it was refused without showing the secret: whether the value was blank, and the scheme of an
     * Authorization header ({@code Basic ****}).
     */
    private static Map<String, String> maskedHeaders(Context ctx, boolean keepShape) {
        // Jetty's own fields: each knows its lower-case name, where the servlet API's enumerations copy.
        HttpFields fields = ServletContextRequest.getServletContextRequest(ctx.req()).getHeaders();
        Map<String, String> headers = new HashMap<>(fields.size() * 2);
        for (HttpField field : fields) {
            String key = field.getLowerCaseName();
            boolean secret = key.equals(Credentials.SIMPLE_KEY_HEADER) || key.equals("authorization")
                    || key.equals("proxy-authorization") || key.equals("cookie");
            String value = field.getValue();
            String shown = !secret ? value : keepShape ? shapeOf(value) : MASK;
            headers.merge(key, shown, (a, b) -> a.equals(MASK) ? MASK : a + ", " + b);
        }
        return headers;
    }

    private static String shapeOf(String secret) {
        String value = secret.strip();
        if (value.isEmpty()) {
            return "";
        }
        int space = value.indexOf(' ');
        return space > 0 && value.substring(0, space).chars().allMatch(Character::isLetter)
                ? ApiCall.printable(value.substring(0, space)) + " " + MASK : MASK;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
