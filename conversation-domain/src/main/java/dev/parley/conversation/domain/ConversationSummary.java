package dev.parley.conversation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A conversation as listed: everything but its messages ({@code ConversationSummary}).
 *
 * <p>UltraCart lists summaries newest to oldest by {@link #lastMessageAt()}; each carries the most
 * recent message's text and author and whether this agent has read it.
 *
 * @param id                       the conversation's id
 * @param arn                      the conversation's ARN; optional
 * @param merchantId               the owning merchant; optional
 * @param medium                   SMS or webchat; optional
 * @param closed                   whether the conversation is closed (absent on the wire reads as false)
 * @param visible                  whether it shows in agent consoles (absent on the wire reads as true)
 * @param unreadMessages           whether this agent has unread messages in it (absent reads as false)
 * @param startedAt                when it started; optional
 * @param lastMessageAt            when its most recent message arrived; optional
 * @param lastInteractiveMessageAt when its most recent non-notice message arrived; optional
 * @param lastMessageBody          the most recent message's text; optional
 * @param lastParticipantArn       who wrote the most recent message; optional
 * @param lastParticipantName      that author's display name; optional
 * @param messageCount             how many messages it holds in all; never negative
 * @param participants             agents and customers, in the order they joined
 */
public record ConversationSummary(
        ConversationId id,
        ConversationArn arn,
        MerchantId merchantId,
        Medium medium,
        boolean closed,
        boolean visible,
        boolean unreadMessages,
        Instant startedAt,
        Instant lastMessageAt,
        Instant lastInteractiveMessageAt,
        String lastMessageBody,
        ParticipantArn lastParticipantArn,
        String lastParticipantName,
        int messageCount,
        List<Participant> participants) {

    /**
     * Creates the value, checking its components.
     *
     * @param id the conversation's id
     * @param arn the conversation's ARN; optional
     * @param merchantId the owning merchant; optional
     * @param medium SMS or webchat; optional
     * @param closed whether the conversation is closed (absent on the wire reads as false)
     * @param visible whether it shows in agent consoles (absent on the wire reads as true)
     * @param unreadMessages whether this agent has unread messages in it (absent reads as false)
     * @param startedAt when it started; optional
     * @param lastMessageAt when its most recent message arrived; optional
     * @param lastInteractiveMessageAt when its most recent non-notice message arrived; optional
     * @param lastMessageBody the most recent message's text; optional
     * @param lastParticipantArn who wrote the most recent message; optional
     * @param lastParticipantName that author's display name; optional
     * @param messageCount how many messages it holds in all; never negative
     * @param participants agents and customers, in the order they joined
     * @throws IllegalArgumentException when {@code id} is null, the count negative or a participant null
     */
    public ConversationSummary {
        Checks.nonNull(id, "conversation id");
        Checks.atLeast(messageCount, 0, "message count");
        participants = Checks.list(participants, "participants");
    }

    /**
     * The participant entry for {@code arn}, if that agent or customer ever joined.
     *
     * @param arn the agent's or customer's ARN
     * @return the participant entry, or empty if that ARN never joined
     */
    public Optional<Participant> participant(ParticipantArn arn) {
        return participants.stream().filter(p -> p.arn().equals(arn)).findFirst();
    }

    /**
     * A builder with every component absent (null, an empty list, or the default named on each setter), to
     * set by name the ones that matter; {@link Builder#build()} checks them as the constructor does.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this conversation summary's components, to make a copy that differs in a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.arn = arn;
        builder.merchantId = merchantId;
        builder.medium = medium;
        builder.closed = closed;
        builder.visible = visible;
        builder.unreadMessages = unreadMessages;
        builder.startedAt = startedAt;
        builder.lastMessageAt = lastMessageAt;
        builder.lastInteractiveMessageAt = lastInteractiveMessageAt;
        builder.lastMessageBody = lastMessageBody;
        builder.lastParticipantArn = lastParticipantArn;
        builder.lastParticipantName = lastParticipantName;
        builder.messageCount = messageCount;
        builder.participants.addAll(participants);
        return builder;
    }

    /**
     * Builds a {@link ConversationSummary} one named component at a time. Not safe for use from several threads.
     */
    public static final class Builder {
        private ConversationId id;
        private ConversationArn arn;
        private MerchantId merchantId;
        private Medium medium;
        private boolean closed;
        private boolean visible = true;
        private boolean unreadMessages;
        private Instant startedAt;
        private Instant lastMessageAt;
        private Instant lastInteractiveMessageAt;
        private String lastMessageBody;
        private ParticipantArn lastParticipantArn;
        private String lastParticipantName;
        private int messageCount;
        private final ArrayList<Participant> participants = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@link ConversationSummary#id()}.
         *
         * @param id the conversation's id
         * @return this builder
         */
        public Builder id(ConversationId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#arn()}.
         *
         * @param arn the conversation's ARN; optional
         * @return this builder
         */
        public Builder arn(ConversationArn arn) {
            this.arn = arn;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#merchantId()}.
         *
         * @param merchantId the owning merchant; optional
         * @return this builder
         */
        public Builder merchantId(MerchantId merchantId) {
            this.merchantId = merchantId;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#medium()}.
         *
         * @param medium SMS or webchat; optional
         * @return this builder
         */
        public Builder medium(Medium medium) {
            this.medium = medium;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#closed()}. Default: false.
         *
         * @param closed whether the conversation is closed (absent on the wire reads as false)
         * @return this builder
         */
        public Builder closed(boolean closed) {
            this.closed = closed;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#visible()}. Default: true.
         *
         * @param visible whether it shows in agent consoles (absent on the wire reads as true)
         * @return this builder
         */
        public Builder visible(boolean visible) {
            this.visible = visible;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#unreadMessages()}. Default: false.
         *
         * @param unreadMessages whether this agent has unread messages in it (absent reads as false)
         * @return this builder
         */
        public Builder unreadMessages(boolean unreadMessages) {
            this.unreadMessages = unreadMessages;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#startedAt()}.
         *
         * @param startedAt when it started; optional
         * @return this builder
         */
        public Builder startedAt(Instant startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#lastMessageAt()}.
         *
         * @param lastMessageAt when its most recent message arrived; optional
         * @return this builder
         */
        public Builder lastMessageAt(Instant lastMessageAt) {
            this.lastMessageAt = lastMessageAt;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#lastInteractiveMessageAt()}.
         *
         * @param lastInteractiveMessageAt when its most recent non-notice message arrived; optional
         * @return this builder
         */
        public Builder lastInteractiveMessageAt(Instant lastInteractiveMessageAt) {
            this.lastInteractiveMessageAt = lastInteractiveMessageAt;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#lastMessageBody()}.
         *
         * @param lastMessageBody the most recent message's text; optional
         * @return this builder
         */
        public Builder lastMessageBody(String lastMessageBody) {
            this.lastMessageBody = lastMessageBody;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#lastParticipantArn()}.
         *
         * @param lastParticipantArn who wrote the most recent message; optional
         * @return this builder
         */
        public Builder lastParticipantArn(ParticipantArn lastParticipantArn) {
            this.lastParticipantArn = lastParticipantArn;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#lastParticipantName()}.
         *
         * @param lastParticipantName that author's display name; optional
         * @return this builder
         */
        public Builder lastParticipantName(String lastParticipantName) {
            this.lastParticipantName = lastParticipantName;
            return this;
        }

        /**
         * Sets {@link ConversationSummary#messageCount()}. Default: 0.
         *
         * @param messageCount how many messages it holds in all; never negative
         * @return this builder
         */
        public Builder messageCount(int messageCount) {
            this.messageCount = messageCount;
            return this;
        }

        /**
         * Replaces {@link ConversationSummary#participants()}: agents and customers, in the order they joined.
         *
         * @param participants the new list; null for none
         * @return this builder
         */
        public Builder participants(List<Participant> participants) {
            this.participants.clear();
            if (participants != null) {
                this.participants.addAll(participants);
            }
            return this;
        }

        /**
         * Appends one element to {@link ConversationSummary#participants()}: agents and customers, in the order they joined.
         *
         * @param participant the element to append; never null (refused by {@link #build()})
         * @return this builder
         */
        public Builder addParticipant(Participant participant) {
            this.participants.add(participant);
            return this;
        }

        /**
         * Builds the conversation summary.
         *
         * @return a new ConversationSummary
         * @throws IllegalArgumentException or {@link NullPointerException} as the constructor does,
         *                                  naming the component that is missing or wrong
         */
        public ConversationSummary build() {
            return new ConversationSummary(id, arn, merchantId, medium, closed, visible, unreadMessages, startedAt, lastMessageAt, lastInteractiveMessageAt, lastMessageBody, lastParticipantArn, lastParticipantName, messageCount, participants);
        }
    }
}
