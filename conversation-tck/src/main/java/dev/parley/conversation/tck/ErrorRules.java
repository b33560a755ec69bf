package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.UnauthorizedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The errors the contract names: unknown conversations (404) and refused credentials (401). */
final class ErrorRules {
    private final Kit kit;

    ErrorRules(Kit kit) {
        this.kit = kit;
    }

    void getUnknownNotFound() {
        ConversationId unknown = Kit.unknownConversationId();
        notFound("errors_01", "getConversation", unknown, () -> kit.port().getConversation(unknown));
        notFound("errors_01", "getConversation with limit=1", unknown,
                () -> kit.port().getConversation(ConversationQuery.of(unknown).withMessageLimit(1)));
    }

    void contextUnknownNotFound() {
        ConversationId unknown = Kit.unknownConversationId();
        notFound("errors_02", "getConversationContext", unknown, () -> kit.port().getWebchatContext(unknown));
    }

    void messagesUnknownNotFound() {
        ConversationId unknown = Kit.unknownConversationId();
        notFound("errors_03", "getConversationMessages", unknown, () -> kit.port().getMessages(MessagesQuery.all(unknown)));
        notFound("errors_03", "getConversationMessages with limit=1", unknown,
                () -> kit.port().getMessages(MessagesQuery.all(unknown).withLimit(1)));
    }

    void joinUnknownNotFound() {
        ConversationId unknown = Kit.unknownConversationId();
        notFound("errors_04", "joinConversation", unknown, () -> {
            kit.port().joinConversation(unknown);
            return null;
        });
        notFound("errors_04", "getConversation after a refused join (which must create nothing)", unknown,
                () -> kit.port().getConversation(unknown));
    }

    void leaveUnknownNotFound() {
        ConversationId unknown = Kit.unknownConversationId();
        notFound("errors_05", "leaveConversation", unknown, () -> {
            kit.port().leaveConversation(unknown);
            return null;
        });
    }

    void markReadUnknownNotFound() {
        ConversationId unknown = Kit.unknownConversationId();
        notFound("errors_06", "markReadConversation", unknown, () -> {
            kit.port().markRead(unknown);
            return null;
        });
    }

    void badCredentialUnauthorized() {
        ConversationPort bad = kit.badCredentialPort();
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("getAgentKeepAlive", () -> {
            bad.keepAlive();
            return null;
        });
        calls.put("getAgentWebsocketAuthorization", bad::authorizeAgent);
        calls.put("getConversations", () -> bad.listConversations(ConversationListQuery.all()));
        calls.put("getConversationWebchatQueueStatuses", bad::getQueueStatuses);
        calls.put("getConversationMultimediaUploadUrl", () -> bad.createUploadUrl("png"));
        calls.put("startConversation", () -> bad.startConversation(
                StartConversationRequest.withParticipants(Kit.newCustomerArn())));
        calls.put("getConversation", () -> bad.getConversation(Kit.unknownConversationId()));
        for (Map.Entry<String, Supplier<?>> call : calls.entrySet()) {
            UnauthorizedException refused = Kit.assertRefused(UnauthorizedException.class, rule("errors_07",
                    call.getKey() + " with a bad credential is 401, before anything else is looked at"),
                    call.getValue());
            assertThat(refused.statusCode()).as(rule("errors_07", call.getKey() + " refused with status 401"))
                    .isEqualTo(401);
        }
    }

    private static void notFound(String ruleId, String operation, ConversationId unknown, Supplier<?> call) {
        NotFoundException refused = Kit.assertRefused(NotFoundException.class, rule(ruleId, operation
                + " on a uuid the merchant does not have (" + unknown + ") is 404"), call);
        assertThat(refused.statusCode()).as(rule(ruleId, operation + " on an unknown uuid reports status 404"))
                .isEqualTo(404);
    }
}
