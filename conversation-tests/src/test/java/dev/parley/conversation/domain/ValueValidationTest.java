package dev.parley.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueValidationTest {

    @Test
    void identifiersRefuseBlankValuesAndNameThem() {
        assertThatThrownBy(() -> ConversationId.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversation id must not be blank but was \" \"");
        assertThatThrownBy(() -> new QueueName(null))
                .hasMessage("queue name must not be null");
        assertThat(ConversationId.of("abc")).isEqualTo(new ConversationId("abc"));
        assertThat(ConversationId.of("abc")).hasToString("abc");
    }

    @Test
    void listQueryLimitMustBeBetween1And200() {
        assertThatThrownBy(() -> ConversationListQuery.all().withLimit(500))
                .hasMessage("limit must be between 1 and 200 but was 500");
        assertThatThrownBy(() -> ConversationListQuery.all().withLimit(0))
                .hasMessage("limit must be between 1 and 200 but was 0");
        assertThat(ConversationListQuery.all().withLimit(200).limit()).isEqualTo(200);
        assertThat(ConversationListQuery.all().limit()).isEqualTo(100);
    }

    @Test
    void listQueryOffsetMustNotBeNegative() {
        assertThatThrownBy(() -> ConversationListQuery.all().withOffset(-1))
                .hasMessage("offset must be at least 0 but was -1");
    }

    @Test
    void listQueryRefusesUnknownMediumButAcceptsNoneForAll() {
        assertThatThrownBy(() -> ConversationListQuery.all().withMedium(Medium.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ConversationListQuery.all().withMedium(null).medium()).isNull();
    }

    @Test
    void messageLimitsMustBePositive() {
        ConversationId id = ConversationId.of("c1");
        assertThatThrownBy(() -> ConversationQuery.of(id).withMessageLimit(0))
                .hasMessage("message limit must be at least 1 but was 0");
        assertThatThrownBy(() -> MessagesQuery.all(id).withLimit(-3))
                .hasMessage("limit must be at least 1 but was -3");
        assertThatThrownBy(() -> MessagesQuery.since(id, Instant.ofEpochMilli(-1)))
                .hasMessageStartingWith("since must not be before 1970-01-01T00:00:00Z");
        assertThat(MessagesQuery.since(id, Instant.ofEpochMilli(1234)).sinceEpochMillis()).isEqualTo(1234);
    }

    @Test
    void startRequestNeedsParticipantsOrQueue() {
        assertThatThrownBy(() -> new StartConversationRequest(List.of(), null, null))
                .hasMessage("a conversation needs participant arns or a queue id but had neither");
        assertThat(StartConversationRequest.inQueue(QueueId.of("q")).participantArns()).isEmpty();
    }

    @Test
    void listsAreCopiedSoCallersCannotChangeARecordAfterwards() {
        List<PageViewMetadata> metadata = new ArrayList<>(List.of(new PageViewMetadata("k", "v")));
        PageView view = new PageView("u", null, null, null, null, null, null, null, null, null, metadata);
        metadata.clear();
        assertThat(view.metadata()).hasSize(1);
        assertThatThrownBy(() -> view.metadata().add(new PageViewMetadata("x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void absentListsBecomeEmptyAndNullElementsAreRefused() {
        Message message = new Message(null, null, null, null, "hi", null, Instant.EPOCH, null, null, null, null, null);
        assertThat(message.mediaUrls()).isEmpty();
        assertThat(message.uploadKeys()).isEmpty();
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new TwilioAccount(null, withNull))
                .hasMessage("twilio phone numbers must not contain null but element 0 was null");
    }

    @Test
    void shippingContactCannotCarryAnEmailBecauseUltraCartHasNoSuchField() {
        CartContact shipping = new CartContact("A", "B", null, "a@b.c", null, null, null);
        assertThatThrownBy(() -> new Cart(null, null, null, null, null, null, null, null, null, null, shipping, null))
                .hasMessageContaining("shipping email must be null");
    }

    @Test
    void secretsStayOutOfToString() {
        AgentAuthorization auth = new AgentAuthorization(ParticipantArn.of("arn:agent"), "Ann", MerchantId.of("DEMO"),
                "header.payload.signature", URI.create("wss://example.test/ws"), List.of());
        assertThat(auth.toString()).doesNotContain("signature").contains("<redacted>");
        UploadUrl upload = new UploadUrl(UploadKey.of("k1"), URI.create("http://h:1/upload/k1?sig=SECRET&exp=9"));
        assertThat(upload.toString()).doesNotContain("SECRET").contains("http://h:1/upload/k1");
    }

    @Test
    void queueStatusConsistencyFollowsTheDocumentedCounts() {
        QueueAgent agent = new QueueAgent(ParticipantArn.of("a"), null, AgentStatus.AVAILABLE, null, false, null);
        QueueStatus good = new QueueStatus(QueueName.of("q"), 1, 1, 0, 0, List.of(agent), 0, 0, 0, 0, 0, 0, 0, null, List.of());
        QueueStatus bad = new QueueStatus(QueueName.of("q"), 1, 0, 0, 0, List.of(agent), 0, 0, 0, 0, 0, 0, 1, null, List.of());
        assertThat(good.isConsistent()).isTrue();
        assertThat(bad.isConsistent()).isFalse();
    }

    @Test
    void pageNextOffsetMustLieAfterItsOffset() {
        assertThatThrownBy(() -> new Page<>(List.of("a"), 5, 10, null, 5))
                .hasMessage("page next offset must be greater than its offset 5 but was 5");
        assertThat(new Page<>(List.of("a"), 0, 1, 3, 1).hasMore()).isTrue();
        assertThat(new Page<>(List.of("a"), 0, 1, 1, null).next()).isEmpty();
    }

    @Test
    void messageEpochIsTheSentInstantInMilliseconds() {
        Message message = new Message(null, null, null, null, "hi", null,
                Instant.parse("2026-11-24T05:32:16.123Z"), null, MessageType.MESSAGE, null, null, null);
        assertThat(message.epochMillis()).isEqualTo(Instant.parse("2026-11-24T05:32:16.123Z").toEpochMilli());
    }
}
