package dev.parley.conversation.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;

/**
 * What the MockWebServer tests share: a client aimed at the server that never really sleeps, the
 * waits it asked for, and UltraCart's bodies written by hand (so the tests do not trust the codecs
 * they exercise).
 */
final class Scripted {
    static final String KEY = "simple-key-4f1c2b9e7d";
    static final Instant NOW = Instant.parse("2026-11-24T05:32:16.123Z");
    /** A JWT as UltraCart issues them: three base64url parts, the first {@code {"alg":"HS256"...}}. */
    static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJzdWIiOiJhZ2VudC0xIiwibWVyY2hhbnRfaWQiOiJERU1PIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";

    private Scripted() {
    }

    /** Records each wait instead of sleeping; optionally moves a clock on by it. */
    static class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        /** Records the wait and sends the retry at once, on the calling thread. */
        @Override
        public void schedule(Duration duration, Runnable task) {
            waits.add(duration);
            task.run();
        }
    }

    static UltraCartConversationClient.Builder client(MockWebServer server, RecordingSleeper sleeper) {
        return UltraCartConversationClient.builder()
                .baseUrl(server.url("/rest/v2").toString())
                .simpleKey(KEY)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .sleeper(sleeper)
                .jitter(() -> 0.5);
    }

    static UltraCartConversationClient client(MockWebServer server) {
        return client(server, new RecordingSleeper()).build();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse(code, Headers.of("Content-Type", "application/json"), body);
    }

    static MockResponse ok(String body) {
        return json(200, body);
    }

    static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    /** An error in UltraCart's shape, with its {@code UC-REST-ERROR} header. */
    static MockResponse error(int code, String message) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .addHeader("UC-REST-ERROR", message)
                .body("{\"success\":false,\"error\":{\"developer_message\":\"" + message
                        + "\",\"user_message\":\"Something went wrong.\",\"object_id\":\"abc\"}}")
                .build();
    }

    static String conversationJson(String uuid) {
        return "{\"conversation_uuid\":\"" + uuid + "\",\"medium\":\"sms\",\"merchant_id\":\"DEMO\","
                + "\"message_count\":1,\"start_dts\":\"2026-11-24T05:00:00.000Z\","
                + "\"participants\":[{\"conversation_participant_arn\":\"arn:agent:1\","
                + "\"conversation_participant_name\":\"Ann\",\"unread_messages\":0}],"
                + "\"messages\":[" + messageJson("m1", 1_795_000_000_000L, "Hello") + "]}";
    }

    static String conversationResponse(String uuid) {
        return "{\"conversation\":" + conversationJson(uuid) + ",\"success\":true,\"metadata\":{}}";
    }

    static String messageJson(String uuid, long epoch, String body) {
        return "{\"conversation_message_uuid\":\"" + uuid + "\",\"author_conversation_participant_arn\":\"arn:c:1\","
                + "\"body\":\"" + body + "\",\"message_epoch\":" + epoch + ",\"type\":\"message\"}";
    }

    static String summaryJson(String uuid) {
        return "{\"conversation_uuid\":\"" + uuid + "\",\"medium\":\"sms\",\"message_count\":3,"
                + "\"last_message_dts\":\"2026-11-24T05:30:00.000Z\",\"unread_messages\":true}";
    }

    /** A {@code ConversationsResponse} page of these uuids. */
    static String page(int offset, int limit, int total, String... uuids) {
        StringBuilder items = new StringBuilder();
        for (String uuid : uuids) {
            items.append(items.length() == 0 ? "" : ",").append(summaryJson(uuid));
        }
        boolean more = offset + uuids.length < total;
        return "{\"conversations\":[" + items + "],\"success\":true,\"metadata\":{\"result_set\":{"
                + "\"count\":" + uuids.length + ",\"limit\":" + limit + ",\"offset\":" + offset
                + ",\"total_records\":" + total + ",\"more\":" + more
                + (more ? ",\"next_offset\":" + (offset + uuids.length) : "") + "}}}";
    }

    static String agentAuthResponse() {
        return "{\"agent_auth\":{\"conversation_participant_arn\":\"arn:agent:1\",\"conversation_participant_name\":\"Ann\","
                + "\"merchant_id\":\"DEMO\",\"jwt\":\"" + JWT + "\",\"websocket_url\":\"wss://ws.example/agent\","
                + "\"twilio_accounts\":[]},\"success\":true,\"metadata\":{}}";
    }
}
