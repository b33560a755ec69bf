package dev.parley.conversation.client;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a live session has delivered, so that every message reaches the listener once across
 * reconnects, in bounded memory: the ids of the most recent messages delivered, and for each
 * conversation the session follows, the point to read it from after a reconnect.
 *
 * <p>A conversation's resume point is the time of its newest delivered message less one millisecond
 * (the contract's {@code since} is exclusive, and another message may share that millisecond; the
 * remembered ids drop the one already delivered), or, before any message of it was delivered, the
 * last message time its events showed. Only the most recently active conversations and message ids
 * are kept (least recently used go first).
 */
final class Ledger {
    private final Map<MessageId, Boolean> delivered;
    private final Map<ConversationId, Long> resumeFrom;
    private long newestEpoch;

    Ledger(int rememberedMessages, int followedConversations, Instant sessionStart) {
        this.delivered = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<MessageId, Boolean> eldest) {
                return size() > rememberedMessages;
            }
        };
        this.resumeFrom = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ConversationId, Long> eldest) {
                return size() > followedConversations;
            }
        };
        this.newestEpoch = Math.max(0, sessionStart.toEpochMilli());
    }

    /**
     * Follows {@code conversation} from {@code lastActivity} (exclusive) unless it is followed already;
     * without a time, from the newest message the session has seen (or the session's start).
     */
    synchronized void follow(ConversationId conversation, Instant lastActivity) {
        long from = lastActivity == null ? newestEpoch : Math.max(0, lastActivity.toEpochMilli());
        Long known = resumeFrom.get(conversation);
        if (known == null) {
            resumeFrom.put(conversation, from);
        }
    }

    /**
     * Records {@code message} of {@code conversation} as delivered, following the conversation.
     *
     * @return false when it was delivered before (by its id)
     */
    synchronized boolean firstDelivery(ConversationId conversation, Message message) {
        MessageId id = message.id();
        if (id != null && delivered.put(id, Boolean.TRUE) != null) {
            return false;
        }
        long epoch = message.epochMillis();
        long from = Math.max(0, epoch - 1);
        // A point at exactly this message's time (followed from an event it caused) moves back too: a
        // sibling in the same millisecond must not be skipped.
        resumeFrom.merge(conversation, from, (known, mine) -> known == epoch ? mine : Math.max(known, mine));
        newestEpoch = Math.max(newestEpoch, epoch);
        return true;
    }

    /** Each followed conversation with the instant to read it from after a reconnect (exclusive). */
    synchronized Map<ConversationId, Instant> resumePoints() {
        Map<ConversationId, Instant> points = new LinkedHashMap<>();
        resumeFrom.forEach((conversation, epoch) -> points.put(conversation, Instant.ofEpochMilli(epoch)));
        return points;
    }

    /** How many message ids and conversations are remembered now. */
    synchronized int[] sizes() {
        return new int[] {delivered.size(), resumeFrom.size()};
    }
}
