package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Tenancy: each credential is one merchant's sandbox; nothing is visible across credentials. */
final class TenancyRules {
    private final Kit kit;

    TenancyRules(Kit kit) {
        this.kit = kit;
    }

    void otherTenantListsNoneOfOurs() {
        List<ConversationId> ours = kit.someConversations(3);
        ConversationPort other = kit.secondTenant().port();
        List<ConversationId> theirs = other.streamConversations(ConversationListQuery.all().withLimit(200))
                .map(ConversationSummary::id).collect(Collectors.toList());
        assertThat(theirs).as(rule("tenancy_01", "another tenant's listing holds none of this tenant's"
                + " conversations")).doesNotContainAnyElementsOf(ours);
        assertThat(kit.port().streamConversations(ConversationListQuery.all().withLimit(200))
                .map(ConversationSummary::id).collect(Collectors.toList()))
                .as(rule("tenancy_01", "this tenant still lists its own conversations")).containsAll(ours);
    }

    void otherTenantCannotReadOurs() {
        ConversationId ours = kit.someConversations(1).get(0);
        ConversationPort other = kit.secondTenant().port();
        notFound("tenancy_02", "getConversation", ours, () -> other.getConversation(ours));
        notFound("tenancy_02", "getConversationMessages", ours, () -> other.getMessages(MessagesQuery.all(ours)));
        notFound("tenancy_02", "getConversationContext", ours, () -> other.getWebchatContext(ours));
    }

    void otherTenantCannotChangeOurs() {
        ConversationId ours = kit.someConversations(1).get(0);
        Conversation before = kit.get(ours);
        ConversationPort other = kit.secondTenant().port();
        notFound("tenancy_03", "joinConversation", ours, () -> {
            other.joinConversation(ours);
            return null;
        });
        notFound("tenancy_03", "markReadConversation", ours, () -> {
            other.markRead(ours);
            return null;
        });
        notFound("tenancy_03", "leaveConversation", ours, () -> {
            other.leaveConversation(ours);
            return null;
        });
        assertThat(kit.get(ours)).as(rule("tenancy_03", "another tenant's refused calls leave this tenant's"
                + " conversation as it was")).isEqualTo(before);
    }

    void queuesAreSeparate() {
        QueueName name = Kit.newQueueName();
        QueueId id = kit.newQueue(name);
        ConversationPort other = kit.secondTenant().port();
        assertThat(other.getQueueStatuses()).extracting(QueueStatus::name)
                .as(rule("tenancy_04", "another tenant's queue statuses do not show this tenant's queue"))
                .doesNotContain(name);
        Kit.assertRefused(NotFoundException.class, rule("tenancy_04", "another tenant cannot set its status in this"
                + " tenant's queue " + name + ": 404"), () -> other.updateQueueStatus(name, AgentStatus.AVAILABLE));
        Kit.assertRefused(NotFoundException.class, rule("tenancy_04", "another tenant cannot start a conversation in"
                + " this tenant's queue " + id + ": 404"),
                () -> other.startConversation(StartConversationRequest.inQueue(id)));
        assertThat(kit.port().getQueueStatuses()).extracting(QueueStatus::name)
                .as(rule("tenancy_04", "this tenant still sees its queue")).contains(name);
    }

    void otherTenantsWorkDoesNotShowHere() {
        TckTenant otherTenant = kit.secondTenant();
        Conversation theirs = otherTenant.port().startConversation(
                StartConversationRequest.withParticipants(Kit.newCustomerArn()));
        Kit.assertRefused(NotFoundException.class, rule("tenancy_05", "a conversation another tenant started is 404"
                + " here"), () -> kit.port().getConversation(theirs.id()));
        assertThat(kit.port().streamConversations(ConversationListQuery.all().withLimit(200))
                .map(ConversationSummary::id).collect(Collectors.toList()))
                .as(rule("tenancy_05", "a conversation another tenant started is not listed here"))
                .doesNotContain(theirs.id());
    }

    void tenantsAreDistinctMerchants() {
        ConversationPort other = kit.secondTenant().port();
        assertThat(other.authorizeAgent().merchantId()).as(rule("tenancy_06", "two tenants are two merchants, with"
                + " different merchant ids")).isNotEqualTo(kit.agent().merchantId());
    }

    private static void notFound(String ruleId, String operation, ConversationId ours, Supplier<?> call) {
        Kit.assertRefused(NotFoundException.class, rule(ruleId, operation + " by another tenant on this"
                + " tenant's conversation " + ours + " is 404, as if it did not exist"), call);
    }
}
