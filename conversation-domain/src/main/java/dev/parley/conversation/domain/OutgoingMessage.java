package dev.parley.conversation.domain;

import java.util.List;
import java.util.UUID;

/**
 * A message an agent sends on a live session ({@link AgentSession#sendMessage(OutgoingMessage)}).
 *
 * <p>Only nulls are refused here: an empty message or an unknown upload key is the server's to
 * refuse, so that a test can see the server do it.
 *
 * @param conversation    where to send it
 * @param body            the text; optional when there are upload keys
 * @param clientMessageId the sender's id for it, which the stored message carries back; never blank
 * @param uploadKeys      completed uploads to attach ({@link ConversationPort#createUploadUrl(String)})
 */
public record OutgoingMessage(ConversationId conversation, String body, String clientMessageId, List<UploadKey> uploadKeys) {

    /**
     * Creates the value, checking its components.
     *
     * @param conversation where to send it
     * @param body the text; optional when there are upload keys
     * @param clientMessageId the sender's id for it, which the stored message carries back; never blank
     * @param uploadKeys completed uploads to attach ({@link ConversationPort#createUploadUrl(String)})
     * @throws IllegalArgumentException when the conversation or client message id is missing, or a key is null
     */
    public OutgoingMessage {
        Checks.nonNull(conversation, "conversation");
        Checks.nonBlank(clientMessageId, "client message id");
        uploadKeys = Checks.list(uploadKeys, "upload keys");
    }

    /**
     * A text message with a fresh random client message id.
     *
     * @param conversation the conversation to write in
     * @param body the text; never blank
     * @return the message, ready to send
     */
    public static OutgoingMessage text(ConversationId conversation, String body) {
        return new OutgoingMessage(conversation, body, UUID.randomUUID().toString(), List.of());
    }

    /**
     * This message with the given uploads attached.
     *
     * @param keys the uploads to attach, in order
     * @return a copy of this message with those uploads
     */
    public OutgoingMessage withUploads(List<UploadKey> keys) {
        return new OutgoingMessage(conversation, body, clientMessageId, keys);
    }
}
