package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What every implementation does with a null argument: the same exception, before anything happens. */
final class ArgumentRules {
    private final Kit kit;

    ArgumentRules(Kit kit) {
        this.kit = kit;
    }

    void nullArgumentsRefused() {
        ConversationPort port = kit.port();
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("getConversation(null query)", () -> port.getConversation((ConversationQuery) null));
        calls.put("getConversation(null id)", () -> port.getConversation((ConversationId) null));
        calls.put("getWebchatContext(null)", () -> port.getWebchatContext(null));
        calls.put("getMessages(null)", () -> port.getMessages(null));
        calls.put("createUploadUrl(null)", () -> port.createUploadUrl(null));
        calls.put("listConversations(null)", () -> port.listConversations(null));
        calls.put("streamConversations(null)", () -> port.streamConversations(null));
        calls.put("joinConversation(null)", () -> port.joinConversation(null));
        calls.put("leaveConversation(null)", () -> port.leaveConversation(null));
        calls.put("markRead(null)", () -> port.markRead(null));
        calls.put("startConversation(null)", () -> port.startConversation(null));
        calls.put("updateQueueStatus(null queue, AVAILABLE)", () -> port.updateQueueStatus(null, AgentStatus.AVAILABLE));
        calls.put("updateQueueStatus(queue, null status)", () -> port.updateQueueStatus(Kit.newQueueName(), null));
        for (Map.Entry<String, ThrowingCallable> call : calls.entrySet()) {
            assertThatThrownBy(call.getValue()).as(rule("arguments_01", call.getKey() + " is refused with a"
                    + " NullPointerException whose message names the null argument, as the port documents; check"
                    + " the argument is checked before anything else (not an IllegalArgumentException)"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("null");
        }
    }
}
