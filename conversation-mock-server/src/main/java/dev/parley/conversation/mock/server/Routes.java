package dev.parley.conversation.mock.server;

import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.server.Gateway.ApiHandler;
import dev.parley.conversation.mock.server.ContractOperations.Operation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The fake's whole HTTP surface, in one table. */
final class Routes {
    private static final String ADMIN = "/__admin";

    private final Gateway gateway;
    private final ApiHandlers api;
    private final AdminHandlers admin;
    private final UploadHandlers uploads;
    private final RealtimeEndpoint realtime;
    private final ConsoleHandlers console = new ConsoleHandlers();
    private final Supplier<byte[]> openApiDocument;
    private final Map<String, String[]> apiRoutes = new LinkedHashMap<>();

    Routes(Gateway gateway, ApiHandlers api, AdminHandlers admin, UploadHandlers uploads, RealtimeEndpoint realtime,
           Supplier<byte[]> openApiDocument) {
        this.gateway = gateway;
        this.api = api;
        this.admin = admin;
        this.uploads = uploads;
        this.realtime = realtime;
        this.openApiDocument = openApiDocument;
    }

    void declare(RoutesConfig routes) {
        // UltraCart's conversation API: method, path under /rest/v2, operationId of openapi.json.
        // The literal queues/statuses comes before {conversation_uuid}, which would match it too.
        api(routes, HandlerType.GET, "/conversation/agent/keepalive", "getAgentKeepAlive", api::keepAlive);
        api(routes, HandlerType.PUT, "/conversation/agent/auth", "getAgentWebsocketAuthorization", api::authorizeAgent);
        api(routes, HandlerType.GET, "/conversation/conversations/queues/statuses", "getConversationWebchatQueueStatuses", api::getQueueStatuses);
        api(routes, HandlerType.PUT, "/conversation/conversations/queues/{queue_name}/status", "updateConversationWebchatQueueStatus", api::updateQueueStatus);
        api(routes, HandlerType.GET, "/conversation/conversations", "getConversations", api::listConversations);
        api(routes, HandlerType.PUT, "/conversation/conversations", "startConversation", api::startConversation);
        api(routes, HandlerType.GET, "/conversation/conversations/{conversation_uuid}", "getConversation", api::getConversation);
        api(routes, HandlerType.PUT, "/conversation/conversations/{conversation_uuid}/context", "getConversationContext", api::getContext);
        api(routes, HandlerType.GET, "/conversation/conversations/{conversation_uuid}/messages/{since}", "getConversationMessages", api::getMessages);
        api(routes, HandlerType.PUT, "/conversation/conversations/{conversation_uuid}/join", "joinConversation", api::join);
        api(routes, HandlerType.DELETE, "/conversation/conversations/{conversation_uuid}/leave", "leaveConversation", api::leave);
        api(routes, HandlerType.PUT, "/conversation/conversations/{conversation_uuid}/markread", "markReadConversation", api::markRead);
        api(routes, HandlerType.GET, "/conversation/upload_url/{extension}", "getConversationMultimediaUploadUrl", api::createUploadUrl);
        routes.before(gateway::refuseLongUri);
        routes.before(gateway::refuseHead);
        routes.after(FakeUltraCart.API_PATH + "/*", gateway::journal);

        // Presigned uploads and the media they store.
        routes.put(ConversationEngine.UPLOAD_PATH + "{key}", uploads::put);
        routes.get(ConversationEngine.UPLOAD_PATH + "{key}", uploads::get);

        // The realtime channel at the agent authorization's websocket_url: authenticated before the upgrade.
        routes.wsBeforeUpgrade(ConversationEngine.WEBSOCKET_PATH, realtime::beforeUpgrade);
        routes.ws(ConversationEngine.WEBSOCKET_PATH, realtime::configure);

        // The contract this server implements, naming this server.
        routes.get("/openapi.json", ctx -> ctx.contentType(ApiCall.JSON).result(openApiDocument.get()));

        // The browser console: static files; it calls the API and the control plane like any client.
        routes.get(ConsoleHandlers.PATH, console::page);
        routes.get(ConsoleHandlers.PATH + "/", console::page);
        routes.get(ConsoleHandlers.PATH + "/{file}", console::asset);

        // The control plane: the tenant of the request's credential.
        routes.get(ADMIN + "/tenant", gateway.admin(admin::tenant));
        routes.get(ADMIN + "/tenants", gateway.admin(admin::tenants));
        routes.post(ADMIN + "/conversations", gateway.admin(admin::createConversation));
        routes.patch(ADMIN + "/conversations/{conversation_uuid}", gateway.admin(admin::changeConversation));
        routes.post(ADMIN + "/conversations/{conversation_uuid}/messages", gateway.admin(admin::addMessage));
        routes.put(ADMIN + "/conversations/{conversation_uuid}/context", gateway.admin(admin::recordContext));
        routes.post(ADMIN + "/queues", gateway.admin(admin::createQueue));
        routes.post(ADMIN + "/queues/{queue_name}/entries", gateway.admin(admin::addQueueEntry));
        routes.post(ADMIN + "/reset", gateway.admin(admin::reset));
        routes.post(ADMIN + "/demo-data", gateway.admin(admin::loadDemoData));
        routes.get(ADMIN + "/credential", gateway.admin(admin::getCredential));
        routes.put(ADMIN + "/credential", gateway.admin(admin::setCredential));
        routes.get(ADMIN + "/clock", gateway.admin(admin::getClock));
        routes.put(ADMIN + "/clock", gateway.admin(admin::setClock));
        routes.post(ADMIN + "/clock/advance", gateway.admin(admin::advanceClock));
        routes.post(ADMIN + "/faults", gateway.admin(admin::addFault));
        routes.get(ADMIN + "/faults", gateway.admin(admin::listFaults));
        routes.delete(ADMIN + "/faults", gateway.admin(admin::clearFaults));
        routes.delete(ADMIN + "/faults/{fault_id}", gateway.admin(admin::removeFault));
        routes.get(ADMIN + "/requests", gateway.admin(admin::requests));
        routes.delete(ADMIN + "/requests", gateway.admin(admin::clearRequests));
        routes.post(ADMIN + "/conversations/{conversation_uuid}/typing", gateway.admin(admin::typing));
        routes.post(ADMIN + "/conversations/{conversation_uuid}/messages/{message_uuid}/transport-status",
                gateway.admin(admin::setTransportStatus));
        routes.get(ADMIN + "/sockets", gateway.admin(admin::sockets));
        routes.post(ADMIN + "/sockets/drop", gateway.admin(admin::dropSockets));
        routes.post(ADMIN + "/sockets/refuse-upgrades", gateway.admin(admin::refuseUpgrades));
        routes.get(ADMIN + "/frames", gateway.admin(admin::frames));
        routes.delete(ADMIN + "/frames", gateway.admin(admin::clearFrames));
        // Refused requests belong to no tenant: reading them needs no credential (they are masked).
        routes.get(ADMIN + "/refused-requests", gateway.server(admin::refusedRequests));
        routes.delete(ADMIN + "/refused-requests", gateway.server(admin::clearRefusedRequests));
    }

    /**
     * Checks the API routes against the contract: each operation routed once, with its method and path.
     *
     * @throws IllegalStateException naming the first route that is not the contract's
     */
    void checkAgainst(ContractOperations contract) {
        int operations = 0;
        for (Operation operation : contract.operations()) {
            String[] route = apiRoutes.get(operation.id());
            if (route == null || !route[0].equals(operation.method()) || !route[1].equals(operation.path())) {
                throw new IllegalStateException("operation " + operation.id() + " is " + operation.method() + " "
                        + operation.path() + " in the contract but routed as " + (route == null ? "nothing" : route[0] + " " + route[1]));
            }
            operations++;
        }
        if (operations != apiRoutes.size()) {
            throw new IllegalStateException("routes " + apiRoutes.keySet() + " are not all operations of the contract");
        }
    }

    private void api(RoutesConfig routes, HandlerType method, String path, String operationId, ApiHandler handler) {
        apiRoutes.put(operationId, new String[] {method.name(), path});
        routes.addHttpHandler(method, FakeUltraCart.API_PATH + path, gateway.api(operationId, handler));
    }
}
