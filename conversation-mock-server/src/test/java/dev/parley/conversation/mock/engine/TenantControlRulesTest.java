package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.TwilioAccount;
import dev.parley.conversation.domain.UploadUrl;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the backstage's operations return and what they leave behind, beyond the port's rules. */
class TenantControlRulesTest {
    private static final ParticipantArn ADA = ParticipantArn.of("arn:test:customer/ada");
    private static final byte[] PNG = "a picture".getBytes(StandardCharsets.UTF_8);

    private final ConversationEngine engine = EngineFixture.frozenEngine();
    private final ConversationPort agent = engine.port("rules");
    private final TenantControl backstage = engine.control("rules");

    @Test
    void close_saysWhetherTheConversationWasOpen() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hello");

        assertThat(backstage.closeConversation(id)).isTrue();
        assertThat(backstage.closeConversation(id)).isFalse();
    }

    @Test
    void baseLanguage_isTwoOrThreeLowerCaseLettersFromAToZ() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hello");

        for (String accepted : new String[] {"az", "fra", "zu"}) {
            backstage.setBaseLanguage(id, accepted);
            assertThat(agent.getConversation(ConversationQuery.of(id)).baseLanguageIsoCode()).isEqualTo(accepted);
        }
        for (String refused : new String[] {"e", "engl", "EN", "e1", "é"}) {
            assertThatThrownBy(() -> backstage.setBaseLanguage(id, refused))
                    .as(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(refused);
        }
        assertThat(agent.getConversation(ConversationQuery.of(id)).baseLanguageIsoCode()).isEqualTo("zu");
    }

    @Test
    void transportStatus_returnsTheMessageAsStoredWithItsNewStatus() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hello");
        Message sent = backstage.addMessage(id, backstage.agentArn(), "Agent", "on its way");

        Message updated = backstage.setTransportStatus(id, sent.id(), DeliveryStatus.SENT);

        assertThat(updated.id()).isEqualTo(sent.id());
        assertThat(updated.transportStatuses()).containsExactly(new TransportStatus(ADA, DeliveryStatus.SENT));
        assertThat(agent.getConversation(ConversationQuery.of(id)).messages())
                .filteredOn(message -> message.id().equals(sent.id())).containsExactly(updated);
    }

    @Test
    void reset_forgetsTheTenantsUploadsAndPutsItsClockBackOnTheEnginesClock() {
        String key = storedUpload();
        backstage.advanceClock(Duration.ofDays(3));

        backstage.reset();

        assertThat(engine.upload(key)).isEmpty();
        assertThat(backstage.now()).isEqualTo(EngineFixture.T0);
    }

    @Test
    void loadDemoData_forgetsTheUploadsOfTheDataItReplaces() {
        String key = storedUpload();

        backstage.loadDemoData(7);

        assertThat(engine.upload(key)).isEmpty();
    }

    @Test
    void upload_aStoredUploadTellsItsKeyTypeSizeAndTimeAndEqualsAnotherReadOfItself() {
        String key = storedUpload();
        String other = storedUpload();

        StoredUpload stored = engine.upload(key).orElseThrow();

        assertThat(stored.key()).isEqualTo(key);
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(PNG.length);
        assertThat(stored.storedAt()).isEqualTo(EngineFixture.T0);
        assertThat(stored).isEqualTo(engine.upload(key).orElseThrow())
                .hasSameHashCodeAs(engine.upload(key).orElseThrow())
                .isNotEqualTo(engine.upload(other).orElseThrow())
                .isNotEqualTo(key);
        assertThat(stored.hashCode()).isNotEqualTo(engine.upload(other).orElseThrow().hashCode());
    }

    @Test
    void upload_theUrlExpiresOneTtlAfterItWasIssuedOnTheTenantsClock() {
        ConversationEngine withTtl = ConversationEngine.builder()
                .clock(java.time.Clock.fixed(EngineFixture.T0, java.time.ZoneOffset.UTC))
                .uploadUrlTtl(Duration.ofMinutes(7))
                .build();

        UploadUrl url = withTtl.port("ttl").createUploadUrl("png");

        assertThat(url.url().getRawQuery()).contains("expires=" + EngineFixture.T0.plus(Duration.ofMinutes(7)).getEpochSecond());
    }

    @Test
    void upload_aUrlSignedByOneEngineIsNotValidForAnother() {
        ConversationEngine other = EngineFixture.frozenEngine();
        long expires = EngineFixture.T0.plusSeconds(600).getEpochSecond();

        assertThat(engine.uploads().sign("k.png", expires)).isNotEqualTo(other.uploads().sign("k.png", expires));
    }

    @Test
    void twilio_everyMerchantHasAFictionalNorthAmericanNumberAndTheyDiffer() {
        Set<String> numbers = new HashSet<>();
        for (int merchant = 0; merchant < 300; merchant++) {
            for (TwilioAccount account : engine.port("merchant-" + merchant).authorizeAgent().twilioAccounts()) {
                assertThat(account.phoneNumbers()).singleElement().asString().matches("\\+1[2-9][0-9]{2}55501[0-9]{2}");
                numbers.addAll(account.phoneNumbers());
            }
        }
        assertThat(numbers).hasSizeGreaterThan(250);
    }

    @Test
    void port_theBackstagesPortActsInTheSameTenantAsTheEnginesPortOfItsCredential() {
        ConversationId id = backstage.customerStartsConversation(Medium.SMS, null, ADA, "Ada", "hello");

        Message written = backstage.port().getConversation(ConversationQuery.of(id)).messages().get(0);

        assertThat(agent.getConversation(ConversationQuery.of(id)).messages()).containsExactly(written);
        assertThat(engine.control("someone else").port().authorizeAgent().merchantId())
                .isNotEqualTo(agent.authorizeAgent().merchantId());
    }

    @Test
    void clock_aTenantReadingItsDemonstrationDataCannotBeSetBeforeItsLastEvent() {
        ConversationEngine demo = ConversationEngine.builder()
                .clock(java.time.Clock.fixed(EngineFixture.T0, java.time.ZoneOffset.UTC)).demoData(true).build();
        TenantControl reader = demo.control("reader");
        java.time.Instant newest = demo.port("reader").listConversations(
                dev.parley.conversation.domain.ConversationListQuery.all()).items().get(0).lastMessageAt();

        assertThatThrownBy(() -> reader.setClock(newest.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earliest time allowed");
        reader.setClock(newest);
        assertThat(reader.now()).isEqualTo(newest);
    }

    @Test
    void refusedCredential_noLiveSessionOpensUntilTheCredentialIsAcceptedAgain() {
        backstage.refuseCredential(true);

        assertThatThrownBy(() -> engine.realtime("rules").connect(event -> { }))
                .isInstanceOf(dev.parley.conversation.domain.UnauthorizedException.class);
        backstage.refuseCredential(false);
        try (dev.parley.conversation.domain.AgentSession session = engine.realtime("rules").connect(event -> { })) {
            assertThat(session.isOpen()).isTrue();
        }
    }

    /** An upload stored in the tenant through its presigned URL; its key. */
    private String storedUpload() {
        UploadUrl url = agent.createUploadUrl("png");
        String query = url.url().getRawQuery();
        long expires = Long.parseLong(query.replaceAll(".*expires=([0-9]+).*", "$1"));
        String signature = query.replaceAll(".*signature=([^&]+).*", "$1");
        assertThat(engine.storeUpload(url.key().value(), expires, signature, PNG)).isEqualTo(UploadVerdict.VALID);
        return url.key().value();
    }
}
