package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationArn;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.ParticipantId;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.WebchatContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One conversation's mutable state inside a tenant. Not thread-safe: every access happens under the
 * owning tenant's lock, and only immutable domain records leave it.
 *
 * <p>Messages are kept in an array sorted by epoch milliseconds, strictly increasing, so a
 * {@code since} lookup is a binary search.
 */
final class ConversationState {

    final ConversationId id;
    final ConversationArn arn;
    final Medium medium;
    /** The webchat queue it belongs to; {@code null} for SMS. */
    final QueueId queueId;
    final Instant startedAt;
    boolean closed;
    boolean visible = true;
    /** The language the conversation is held in, an ISO 639 code; UltraCart's default is English. */
    private String baseLanguage = "en";
    WebchatContext context = WebchatContext.EMPTY;

    private final LinkedHashMap<ParticipantArn, ParticipantState> participants = new LinkedHashMap<>();
    private final ArrayList<Message> messages = new ArrayList<>();
    /** Unread message counts per reader: participants and the tenant's agent, who sees every conversation. */
    private final Map<ParticipantArn, Integer> unread = new HashMap<>();
    private Instant lastInteractiveAt;
    /**
     * The summary last made, kept until the conversation changes: an unchanged conversation hands out
     * the same summary, so a server can keep what it wrote for it by reference. Dropped by every change
     * of participants, messages, read state or base language; made again when read by another reader or
     * with another closed or visible flag.
     */
    private ConversationSummary kept;

    ConversationState(ConversationId id, ConversationArn arn, Medium medium, QueueId queueId, Instant startedAt) {
        this.id = id;
        this.arn = arn;
        this.medium = medium;
        this.queueId = queueId;
        this.startedAt = startedAt;
    }

    /** Where the conversation sits in the newest-first listing: its last message's time, else its start. */
    long sortKey() {
        return messages.isEmpty() ? startedAt.toEpochMilli() : lastMessage().epochMillis();
    }

    Message lastMessage() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    /** The epoch millis a new message must exceed. */
    long lastEpochMillis() {
        return messages.isEmpty() ? Long.MIN_VALUE : lastMessage().epochMillis();
    }

    ParticipantState participant(ParticipantArn arn) {
        return participants.get(arn);
    }

    /**
     * Makes {@code arn} an active participant: adds an entry, or re-activates one that had left
     * (a new joined time, left time cleared). An active participant is left as it is.
     *
     * @return whether anything changed
     */
    boolean join(ParticipantArn who, String name, ParticipantId participantId, Instant at) {
        kept = null;
        ParticipantState existing = participants.get(who);
        if (existing == null) {
            participants.put(who, new ParticipantState(participantId, who, name, at));
            return true;
        }
        if (existing.leftAt != null) {
            existing.joinedAt = at;
            existing.leftAt = null;
            return true;
        }
        return false;
    }

    /** Marks {@code who} as having left; no change when not an active participant. */
    boolean leave(ParticipantArn who, Instant at) {
        kept = null;
        ParticipantState existing = participants.get(who);
        if (existing == null || existing.leftAt != null) {
            return false;
        }
        existing.leftAt = at;
        return true;
    }

    /**
     * Appends a message whose time is after every message already held. Every reader but the author
     * gains an unread message (notices count for no one); writing marks the conversation read for
     * the author. O(p) for p participants.
     */
    void append(Message message, ParticipantArn agentArn) {
        kept = null;
        if (message.epochMillis() <= lastEpochMillis()) {
            throw new IllegalStateException("message times must increase within conversation " + id
                    + " but " + message.sentAt() + " is not after " + lastMessage().sentAt());
        }
        messages.add(message);
        ParticipantArn author = message.author();
        if (message.type() != MessageType.NOTICE) {
            lastInteractiveAt = message.sentAt();
            for (ParticipantArn reader : participants.keySet()) {
                countUnread(reader, author);
            }
            if (!participants.containsKey(agentArn)) {
                countUnread(agentArn, author);
            }
        }
        if (author != null) {
            unread.put(author, 0);
            ParticipantState writer = participants.get(author);
            if (writer != null) {
                writer.lastMessageAt = message.sentAt();
            }
        }
    }

    private void countUnread(ParticipantArn reader, ParticipantArn author) {
        if (!reader.equals(author)) {
            unread.merge(reader, 1, Integer::sum);
        }
    }

    void markRead(ParticipantArn reader) {
        kept = null;
        unread.put(reader, 0);
    }

    int unreadFor(ParticipantArn reader) {
        return unread.getOrDefault(reader, 0);
    }

    /** Index of the first message strictly after {@code epochMillis}. O(log m). */
    private int firstAfter(long epochMillis) {
        int low = 0;
        int high = messages.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (messages.get(mid).epochMillis() <= epochMillis) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first {@code limit} messages strictly after {@code sinceEpochMillis} ({@code null}: all). O(log m + k). */
    List<Message> messagesAfter(long sinceEpochMillis, Integer limit) {
        int from = firstAfter(sinceEpochMillis);
        int to = limit == null ? messages.size() : (int) Math.min(messages.size(), (long) from + limit);
        return List.copyOf(messages.subList(from, to));
    }

    /** The most recent {@code limit} messages, oldest first ({@code null}: all). O(k). */
    List<Message> lastMessages(Integer limit) {
        int from = limit == null ? 0 : Math.max(0, messages.size() - limit);
        return List.copyOf(messages.subList(from, messages.size()));
    }

    /**
     * Replaces the message with this id by what {@code change} makes of it (same id and time). O(m).
     *
     * @return the new message, or null when the conversation has no such message
     */
    Message updateMessage(MessageId messageId, UnaryOperator<Message> change) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (messageId.equals(message.id())) {
                Message changed = change.apply(message);
                messages.set(i, changed);
                return changed;
            }
        }
        return null;
    }

    /** Every participant's ARN, in the order they joined (those who left included). */
    List<ParticipantArn> participantArns() {
        return List.copyOf(participants.keySet());
    }

    /** The summary as {@code reader} sees it. O(p). */
    ConversationSummary summary(MerchantId merchantId, ParticipantArn reader) {
        ConversationSummary last = kept;
        if (last != null && last.merchantId() == merchantId && last.closed() == closed && last.visible() == visible
                && reader.equals(keptReader)) {
            return last;
        }
        kept = makeSummary(merchantId, reader);
        keptReader = reader;
        return kept;
    }

    private ParticipantArn keptReader;

    private ConversationSummary makeSummary(MerchantId merchantId, ParticipantArn reader) {
        Message last = lastMessage();
        List<Participant> listed = new ArrayList<>(participants.size());
        for (ParticipantState participant : participants.values()) {
            listed.add(participant.toParticipant(unreadFor(participant.arn)));
        }
        return new ConversationSummary(
                id,
                arn,
                merchantId,
                medium,
                closed,
                visible,
                unreadFor(reader) > 0,
                startedAt,
                last == null ? null : last.sentAt(),
                lastInteractiveAt,
                last == null ? null : last.body(),
                last == null ? null : last.author(),
                last == null ? null : last.authorName(),
                messages.size(),
                listed);
    }

    /** Sets the language the conversation is held in, which a reader sees: a change like any other. */
    void setBaseLanguage(String isoCode) {
        baseLanguage = isoCode;
        kept = null;
    }

    /** The whole conversation as {@code reader} sees it, with its most recent {@code messageLimit} messages. */
    Conversation conversation(MerchantId merchantId, ParticipantArn reader, Integer messageLimit) {
        return new Conversation(summary(merchantId, reader), baseLanguage, lastMessages(messageLimit));
    }

    /** A participant entry's mutable state. */
    static final class ParticipantState {
        final ParticipantId id;
        final ParticipantArn arn;
        final String name;
        Instant joinedAt;
        Instant leftAt;
        Instant lastMessageAt;

        ParticipantState(ParticipantId id, ParticipantArn arn, String name, Instant joinedAt) {
            this.id = id;
            this.arn = arn;
            this.name = name;
            this.joinedAt = joinedAt;
        }

        Participant toParticipant(int unreadMessages) {
            return new Participant(id, arn, name, joinedAt, leftAt, lastMessageAt, null,
                    null, null, unreadMessages);
        }
    }
}
