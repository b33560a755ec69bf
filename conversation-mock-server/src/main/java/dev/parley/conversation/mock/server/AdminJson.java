package dev.parley.conversation.mock.server;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;

/**
 * The control plane's own JSON bodies (snake_case, as the API's). Public records only because Moshi
 * needs them public; nested here to keep them out of the API. No validation in them: handlers validate
 * while mapping, so that a bad value is a 400 naming it.
 */
final class AdminJson {
    private AdminJson() {
    }

    /** {@code GET /__admin/tenant}. */
    public record Tenant(
            @Json(name = "merchant_id") String merchantId,
            @Json(name = "agent_arn") String agentArn,
            @Json(name = "agent_name") String agentName) {
    }

    /** {@code GET /__admin/tenants}: how many tenants the server holds, its bound, and how many it evicted. */
    public record Tenants(
            int tenants,
            @Json(name = "max_tenants") int maxTenants,
            @Json(name = "evicted_tenants") long evictedTenants) {
    }

    /** {@code POST /__admin/conversations}. */
    public record NewConversation(
            String medium,
            @Json(name = "queue_name") String queueName,
            @Json(name = "customer_arn") String customerArn,
            @Json(name = "customer_name") String customerName,
            @Json(name = "first_message") String firstMessage) {
    }

    /** The answer to {@code POST /__admin/conversations}. */
    public record ConversationCreated(@Json(name = "conversation_uuid") String conversationUuid) {
    }

    /** {@code POST /__admin/conversations/{uuid}/messages}. */
    public record NewMessage(
            @Json(name = "author_arn") String authorArn,
            @Json(name = "author_name") String authorName,
            String body,
            @Json(name = "upload_keys") List<String> uploadKeys) {
    }

    /** {@code PATCH /__admin/conversations/{uuid}}: what to change, each optional. */
    public record ConversationChange(
            Boolean closed,
            Boolean visible,
            @Json(name = "base_language_iso_code") String baseLanguageIsoCode) {
    }

    /** {@code POST /__admin/queues}. */
    public record NewQueue(@Json(name = "queue_name") String queueName) {
    }

    /** The answer to {@code POST /__admin/queues}. */
    public record Queue(
            @Json(name = "queue_name") String queueName,
            @Json(name = "conversation_webchat_queue_uuid") String queueUuid) {
    }

    /** {@code POST /__admin/queues/{queue_name}/entries}. */
    public record NewQueueEntry(
            @Json(name = "customer_arn") String customerArn,
            String name,
            String email,
            String question) {
    }

    /** The answer to {@code POST /__admin/queues/{queue_name}/entries}: a {@code ConversationWebchatQueueStatusQueueEntry}. */
    public record QueueEntry(
            @Json(name = "conversation_participant_arn") String participantArn,
            @Json(name = "conversation_participant_name") String participantName,
            @Json(name = "conversation_webchat_queue_uuid") String queueUuid,
            String email,
            @Json(name = "join_dts") String joinDts,
            String question) {
    }

    /** {@code POST /__admin/demo-data}. */
    public record DemoData(Long seed) {
    }

    /** {@code GET|PUT /__admin/clock} and the answer to {@code POST /__admin/clock/advance}. */
    public record Clock(String now) {
    }

    /** {@code POST /__admin/clock/advance}. */
    public record ClockAdvance(Long millis) {
    }

    /** {@code POST /__admin/faults}. */
    public record NewFault(
            String method,
            String path,
            Integer times,
            Integer status,
            @Json(name = "retry_after_seconds") Long retryAfterSeconds,
            @Json(name = "delay_ms") Long delayMs,
            @Json(name = "drop_connection") Boolean dropConnection) {
    }

    /** The answer to {@code POST /__admin/faults}. */
    public record FaultCreated(@Json(name = "fault_id") String faultId) {
    }

    /** {@code GET /__admin/faults}. */
    public record Faults(List<ActiveFault> faults) {
    }

    /** One entry of {@code GET /__admin/faults}: a fault not used up yet. */
    public record ActiveFault(
            @Json(name = "fault_id") String faultId,
            String method,
            String path,
            int times,
            int remaining,
            Integer status,
            @Json(name = "retry_after_seconds") Long retryAfterSeconds,
            @Json(name = "delay_ms") Long delayMs,
            @Json(name = "drop_connection") boolean dropConnection) {
    }

    /**
     * {@code GET /__admin/requests}; with {@code after}, also the sequence number of the newest request
     * recorded, to ask for what comes after it next.
     */
    public record Requests(List<Request> requests, @Json(name = "last_sequence") Long lastSequence) {
    }

    /** One entry of {@code GET /__admin/requests}. */
    public record Request(
            String method,
            String path,
            String query,
            Map<String, String> headers,
            String body,
            int status,
            @Json(name = "received_dts") String receivedDts,
            List<String> notes) {
    }
}
