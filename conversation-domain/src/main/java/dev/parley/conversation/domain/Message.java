package dev.parley.conversation.domain;

import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * A builder with every component absent (null, an empty list), to
     * set by name the ones that matter; {@link Builder#build()} checks them as the constructor does.
     *
     * <pre>{@code
     * Message message = Message.builder()
     *         .author(ParticipantArn.of("arn:customer:+15125550100"))
     *         .body("Where is my order?")
     *         .sentAt(Instant.parse("2026-11-24T05:32:16.123Z"))
     *         .build();
     * }</pre>
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this message's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.merchantId = merchantId;
        builder.author = author;
        builder.authorName = authorName;
        builder.body = body;
        builder.clientMessageId = clientMessageId;
        builder.sentAt = sentAt;
        builder.delayUntil = delayUntil;
        builder.type = type;
        builder.mediaUrls.addAll(mediaUrls);
        builder.uploadKeys.addAll(uploadKeys);
        builder.transportStatuses.addAll(transportStatuses);
        return builder;
    }

    /**
     * Builds a {@link Message} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private MessageId id;
        private MerchantId merchantId;
        private ParticipantArn author;
        private String authorName;
        private String body;
        private String clientMessageId;
        private Instant sentAt;
        private Instant delayUntil;
        private MessageType type;
        private final ArrayList<String> mediaUrls = new ArrayList<>();
        private final ArrayList<UploadKey> uploadKeys = new ArrayList<>();
        private final ArrayList<TransportStatus> transportStatuses = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@link Message#id()}.
         *
         * @param id the message's id; optional
         * @return this builder
         */
        public Builder id(MessageId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@link Message#merchantId()}.
         *
         * @param merchantId the owning merchant; optional
         * @return this builder
         */
        public Builder merchantId(MerchantId merchantId) {
            this.merchantId = merchantId;
            return this;
        }

        /**
         * Sets {@link Message#author()}.
         *
         * @param author who wrote it; optional (notices may have no author)
         * @return this builder
         */
        public Builder author(ParticipantArn author) {
            this.author = author;
            return this;
        }

        /**
         * Sets {@link Message#authorName()}.
         *
         * @param authorName the author's display name; optional
         * @return this builder
         */
        public Builder authorName(String authorName) {
            this.authorName = authorName;
            return this;
        }

        /**
         * Sets {@link Message#body()}.
         *
         * @param body the text; optional (a media-only message may have none)
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * Sets {@link Message#clientMessageId()}.
         *
         * @param clientMessageId the id the sending client chose, for de-duplication; optional
         * @return this builder
         */
        public Builder clientMessageId(String clientMessageId) {
            this.clientMessageId = clientMessageId;
            return this;
        }

        /**
         * Sets {@link Message#sentAt()}.
         *
         * @param sentAt when it was sent
         * @return this builder
         */
        public Builder sentAt(Instant sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        /**
         * Sets {@link Message#delayUntil()}.
         *
         * @param delayUntil for a scheduled message, when it will go out; optional
         * @return this builder
         */
        public Builder delayUntil(Instant delayUntil) {
            this.delayUntil = delayUntil;
            return this;
        }

        /**
         * Sets {@link Message#type()}.
         *
         * @param type message or notice; optional
         * @return this builder
         */
        public Builder type(MessageType type) {
            this.type = type;
            return this;
        }

        /**
         * Replaces {@link Message#mediaUrls()}: attached media, as URLs.
         *
         * @param mediaUrls the new list; null for none
         * @return this builder
         */
        public Builder mediaUrls(List<String> mediaUrls) {
            this.mediaUrls.clear();
            if (mediaUrls != null) {
                this.mediaUrls.addAll(mediaUrls);
            }
            return this;
        }

        /**
         * Appends one element to {@link Message#mediaUrls()}: attached media, as URLs.
         *
         * @param mediaUrl the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addMediaUrl(String mediaUrl) {
            this.mediaUrls.add(mediaUrl);
            return this;
        }

        /**
         * Replaces {@link Message#uploadKeys()}: attached media, as upload keys.
         *
         * @param uploadKeys the new list; null for none
         * @return this builder
         */
        public Builder uploadKeys(List<UploadKey> uploadKeys) {
            this.uploadKeys.clear();
            if (uploadKeys != null) {
                this.uploadKeys.addAll(uploadKeys);
            }
            return this;
        }

        /**
         * Appends one element to {@link Message#uploadKeys()}: attached media, as upload keys.
         *
         * @param uploadKey the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addUploadKey(UploadKey uploadKey) {
            this.uploadKeys.add(uploadKey);
            return this;
        }

        /**
         * Replaces {@link Message#transportStatuses()}: delivery state per recipient.
         *
         * @param transportStatuses the new list; null for none
         * @return this builder
         */
        public Builder transportStatuses(List<TransportStatus> transportStatuses) {
            this.transportStatuses.clear();
            if (transportStatuses != null) {
                this.transportStatuses.addAll(transportStatuses);
            }
            return this;
        }

        /**
         * Appends one element to {@link Message#transportStatuses()}: delivery state per recipient.
         *
         * @param transportStatus the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addTransportStatus(TransportStatus transportStatus) {
            this.transportStatuses.add(transportStatus);
            return this;
        }

        /**
         * Builds the message.
         *
         * @return a new Message
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public Message build() {
            return new Message(id, merchantId, author, authorName, body, clientMessageId, sentAt, delayUntil, type, mediaUrls, uploadKeys, transportStatuses);
        }
    }
}
