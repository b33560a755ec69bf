package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each tenant's journal keeps its newest API requests, bounded, with the credentials masked. */
class JournalTest {
    private static final int SIZE = 5;

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder()
            .options(FakeUltraCart.builder().journalSize(SIZE)).build();

    private final FakeUltraCart fake = SERVER.fake();
    private final Http http = new Http(fake);
    private final String key = Keys.unique("journal-secret");

    @Test
    void theJournalKeepsOnlyTheNewestRequestsOldestFirst() {
        for (int i = 0; i < 200; i++) {
            http.api("GET", "/conversation/conversations?_offset=" + i).key(key).send();
        }

        List<RecordedRequest> requests = fake.control(key).requests();

        assertThat(requests).extracting(RecordedRequest::query)
                .containsExactly("_offset=195", "_offset=196", "_offset=197", "_offset=198", "_offset=199");
    }

    @Test
    void aRequestIsRecordedWithMethodPathQueryBodyAndStatus() {
        String body = "{\"add_conversation_participant_arns\":[\"arn:customer:1\"]}";
        http.api("PUT", "/conversation/conversations").key(key).json(body).send();
        http.api("GET", "/conversation/conversations?medium=fax").key(key).send();

        List<RecordedRequest> requests = fake.control(key).requests();

        assertThat(requests.get(0).method()).isEqualTo("PUT");
        assertThat(requests.get(0).path()).isEqualTo("/rest/v2/conversation/conversations");
        assertThat(requests.get(0).body()).isEqualTo(body);
        assertThat(requests.get(0).status()).isEqualTo(200);
        assertThat(requests.get(0).headers()).containsEntry("content-type", "application/json");
        assertThat(requests.get(1).query()).isEqualTo("medium=fax");
        assertThat(requests.get(1).body()).isNull();
        assertThat(requests.get(1).status()).isEqualTo(400);
    }

    @Test
    void credentialsAreMaskedInTheJournal() {
        http.api("GET", "/conversation/conversations").key(key).send();
        http.api("GET", "/conversation/conversations").header("Authorization", "Bearer " + key).send();

        List<RecordedRequest> requests = fake.control(key).requests();
        String overHttp = http.admin("GET", "/requests").key(key).send().body();

        assertThat(requests.get(0).headers()).containsEntry("x-ultracart-simple-key", "****");
        assertThat(requests.get(1).headers()).containsEntry("authorization", "****");
        assertThat(requests.toString()).doesNotContain(key);
        assertThat(overHttp).doesNotContain(key);
    }

    @Test
    void theJournalIsReadLimitedAndClearedOverHttp() {
        for (int i = 0; i < 3; i++) {
            http.api("GET", "/conversation/conversations?_offset=" + i).key(key).send();
        }

        JsonNode newest = http.admin("GET", "/requests?limit=2").key(key).send().json().path("requests");
        Reply cleared = http.admin("DELETE", "/requests").key(key).send();

        assertThat(newest.findValuesAsText("query")).containsExactly("_offset=1", "_offset=2");
        assertThat(newest.get(0).path("received_dts").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(newest.get(0).path("status").asInt()).isEqualTo(200);
        assertThat(cleared.status()).isEqualTo(204);
        assertThat(fake.control(key).requests()).isEmpty();
    }

    @Test
    void controlPlaneRequestsAreNotJournaled() {
        http.admin("GET", "/tenant").key(key).send();

        assertThat(fake.control(key).requests()).isEmpty();
    }

    @Test
    void aLongBodyIsCutInTheJournal() {
        String body = "{\"conversation_arn\":\"" + "x".repeat(Journal.MAX_BODY_CHARS * 2) + "\"}";
        http.api("PUT", "/conversation/conversations").key(key).json(body).send();

        String kept = fake.control(key).requests().get(0).body();

        assertThat(kept.length()).isLessThan(Journal.MAX_BODY_CHARS + 100);
        assertThat(kept).contains("cut");
    }
}
