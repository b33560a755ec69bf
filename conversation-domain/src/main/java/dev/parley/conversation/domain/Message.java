package dev.parley.conversation.domain;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation ({@code ConversationMessage}).
 *
 * <p>UltraCart sends the message time twice, as {@code message_dts} and as {@code message_epoch}
 * (epoch milliseconds); both are the one instant {@link #sentAt()}, and {@link #epochMillis()}
 * gives the second form. Paging forward through messages uses it.
 *
 * @param id                the message's id; optional
 * @param merchantId        the owning merchant; optional
 * @param author            who wrote it; optional (notices may have no author)
 * @param authorName        the author's display name; optional
 * @param body              the text; optional (a media-only message may have none)
 * @param clientMessageId   the id the sending client chose, for de-duplication; optional
 * @param sentAt            when it was sent
 * @param delayUntil        for a scheduled message, when it will go out; optional
 * @param type              message or notice; optional
 * @param mediaUrls         attached media, as URLs
 * @param uploadKeys        attached media, as upload keys
 * @param transportStatuses delivery state per recipient
 */
public record Message(
        MessageId id,
        MerchantId merchantId,
        ParticipantArn author,
        String authorName,
        String body,
        String clientMessageId,
        Instant sentAt,
        Instant delayUntil,
        MessageType type,
        List<String> mediaUrls,
        List<UploadKey> uploadKeys,
        List<TransportStatus> transportStatuses) {

    /**
     * Creates the value, checking its components.
     *
     * @param id the message's id; optional
     * @param merchantId the owning merchant; optional
     * @param author who wrote it; optional (notices may have no author)
     * @param authorName the author's display name; optional
     * @param body the text; optional (a media-only message may have none)
     * @param clientMessageId the id the sending client chose, for de-duplication; optional
     * @param sentAt when it was sent
     * @param delayUntil for a scheduled message, when it will go out; optional
     * @param type message or notice; optional
     * @param mediaUrls attached media, as URLs
     * @param uploadKeys attached media, as upload keys
     * @param transportStatuses delivery state per recipient
     * @throws IllegalArgumentException when {@code sentAt} is null or a list holds null
     */
    public Message {
        Checks.nonNull(sentAt, "message sent at");
        mediaUrls = Checks.list(mediaUrls, "media urls");
        uploadKeys = Checks.list(uploadKeys, "upload keys");
        transportStatuses = Checks.list(transportStatuses, "transport statuses");
    }

    /**
     * {@link #sentAt()} in epoch milliseconds: UltraCart's {@code message_epoch}.
     *
     * @return the send time in milliseconds since the epoch
     */
    public long epochMillis() {
        return sentAt.toEpochMilli();
    }
}
