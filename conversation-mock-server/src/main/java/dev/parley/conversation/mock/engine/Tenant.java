package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.ConversationArn;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.ParticipantId;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.UploadKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One merchant's sandbox: its conversations, indexes, queues, uploads and clock.
 *
 * <p>Every read runs under the tenant's read lock and every change under its write lock, so each
 * operation is atomic and no reader sees a half-applied change; tenants share nothing.
 *
 * <p><b>Time.</b> The tenant's clock is the engine's base clock plus a tenant offset. Event times
 * (message and conversation start times) are stamped at millisecond precision and strictly
 * increase within a tenant, even on a frozen clock: the next stamp is the later of the clock and
 * the last stamp plus 1 ms. {@link #now()} is the later of the clock and the last stamp, so no
 * event is ever stamped after "now" and, while its events exist, the tenant's time never runs
 * backwards (emptying the tenant forgets the last stamp).
 *
 * <p><b>Events.</b> Every change made under the write lock is published to the tenant's live
 * {@link Sessions} as it is made, still under the lock, so every session sees the changes in the order
 * they happened. Loading demonstration data publishes nothing.
 */
final class Tenant {

    final MerchantId merchantId;
    final ParticipantArn agentArn;
    final String agentName;
    private final String twilioNumber;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock baseClock;
    private Duration offset = Duration.ZERO;
    private Instant lastStamp = Instant.EPOCH;
    private Instant agentSessionRefreshedAt;
    /** Whether the port answers every operation 401, as for a revoked key; the control plane still works. */
    volatile boolean credentialRefused;

    private final Map<String, UploadSlot> uploads = new HashMap<>();
    private final Identities identities;
    /** The tenant's own data; null while it still reads the demonstration data it was created with. */
    private Data data;
    /** The demonstration data this tenant reads until its first write, or null when it owns its data. */
    private final DemoData.Pending pendingDemo;
    private final Sessions sessions = new Sessions();
    /** While true (loading demonstration data), changes publish no event. */
    private boolean muted;

    /** A tenant with no data. */
    Tenant(Identities identities, Clock baseClock) {
        this(identities, baseClock, null);
    }

    /**
     * A tenant that reads {@code pendingDemo} until it first writes: it holds none of that data
     * itself (see {@link DemoData.Pending}); null starts it empty.
     */
    Tenant(Identities identities, Clock baseClock, DemoData.Pending pendingDemo) {
        this.identities = identities;
        this.merchantId = identities.merchantId();
        this.agentArn = identities.agentArn();
        this.agentName = identities.agentName();
        this.twilioNumber = identities.twilioNumber();
        this.baseClock = baseClock;
        this.pendingDemo = pendingDemo;
        this.data = pendingDemo == null ? new Data() : null;
    }

    /** Who the tenant is. */
    Identities identities() {
        return identities;
    }

    /** Whether the tenant holds data of its own (it was written to, or never had demonstration data to share). */
    boolean ownsData() {
        return read(() -> data != null);
    }

    /**
     * The data: the tenant's own; or, until the first write, the demonstration data it shares (kept in
     * a bounded cache and regenerated, identical, when the cache has let it go). Under the write lock
     * the tenant takes the data over, so what a write changes is its own. Callers hold the lock.
     */
    private Data data() {
        Data owned = data;
        if (owned != null) {
            return owned;
        }
        return lock.isWriteLockedByCurrentThread() ? own() : pendingDemo.data(this);
    }

    /** The data as it is, without taking it over: for looking before a write. Callers hold the lock. */
    private Data peek() {
        Data owned = data;
        return owned != null ? owned : pendingDemo.data(this);
    }

    /** The tenant's own data, taking over the demonstration data on the first write. Callers hold the write lock. */
    private Data own() {
        if (data == null) {
            DemoData.Generated generated = pendingDemo.take(this);
            data = generated.data();
            noteStamp(generated.lastStamp());
        }
        return data;
    }

    /** The conversations, indexes, queues and names of a tenant: what its demonstration data fills. */
    static final class Data {
        final Map<ConversationId, ConversationState> conversations = new HashMap<>();
        final RankedIndex<ConversationState> everyConversation = new RankedIndex<>();
        final Map<Medium, RankedIndex<ConversationState>> conversationsByMedium = new EnumMap<>(Medium.class);
        final Map<QueueName, QueueState> queuesByName = new LinkedHashMap<>();
        final Map<QueueId, QueueState> queuesById = new HashMap<>();
        final Map<ParticipantArn, String> knownNames = new HashMap<>();

        Data() {
            conversationsByMedium.put(Medium.SMS, new RankedIndex<>());
            conversationsByMedium.put(Medium.WEBSOCKET, new RankedIndex<>());
        }
    }

    /** The merchant's SMS number (E.164, in the 555 range kept for fiction). */
    String twilioNumber() {
        return twilioNumber;
    }

    // ---- locking

    <T> T read(Supplier<T> operation) {
        return locked(lock.readLock(), operation);
    }

    <T> T write(Supplier<T> operation) {
        return locked(lock.writeLock(), operation);
    }

    void write(Runnable operation) {
        locked(lock.writeLock(), () -> {
            operation.run();
            return null;
        });
    }

    private static <T> T locked(Lock held, Supplier<T> operation) {
        held.lock();
        try {
            return operation.get();
        } finally {
            held.unlock();
        }
    }

    // ---- time (callers hold the lock: read for now(), write for the rest)

    private Instant clock() {
        return baseClock.instant().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }

    Instant now() {
        Instant clock = clock();
        return clock.isAfter(lastStamp) ? clock : lastStamp;
    }

    /** The next event time: strictly after every event time stamped before in this tenant. */
    Instant nextStamp() {
        if (data == null) {
            own(); // the demonstration data's last event comes first
        }
        Instant clock = clock();
        lastStamp = clock.isAfter(lastStamp) ? clock : lastStamp.plusMillis(1);
        return lastStamp;
    }

    /** Hands over the tenant's data, with its last event time (for generating data in a scratch tenant). Callers hold the write lock. */
    DemoData.Generated detach() {
        return new DemoData.Generated(own(), lastStamp);
    }

    /** Records that an event happened at {@code at} (for data with times of its own, like demo data). */
    void noteStamp(Instant at) {
        if (at.isAfter(lastStamp)) {
            lastStamp = at;
        }
    }

    /**
     * When the latest event of the tenant happened, or null when it has none; a tenant still reading its
     * demonstration data takes it over first, so that its events count. Callers hold the write lock.
     */
    Instant lastEventAt() {
        own();
        return lastStamp.equals(Instant.EPOCH) ? null : lastStamp;
    }

    void setClock(Instant reading) {
        offset = Duration.between(baseClock.instant(), reading);
    }

    void advanceClock(Duration by) {
        offset = offset.plus(by);
    }

    void refreshAgentSession() {
        agentSessionRefreshedAt = now();
    }

    Instant agentSessionRefreshedAt() {
        return agentSessionRefreshedAt;
    }

    // ---- conversations

    ConversationState conversation(ConversationId id) {
        // Not found is a 404 before anything else: a write to no conversation takes over no data.
        if (!peek().conversations.containsKey(Errors.required(id, "conversation id"))) {
            throw Errors.notFound("conversation", id.value());
        }
        return data().conversations.get(id);
    }

    /**
     * A new conversation with a fresh id and no participants, added to the tenant and its indexes;
     * with a queue it is a webchat counted in that queue's chats. O(log n).
     */
    ConversationState startConversation(QueueState queue, ConversationArn arn, Instant at) {
        ConversationId id = ConversationId.of(randomId());
        Medium medium = queue == null ? Medium.SMS : Medium.WEBSOCKET;
        if (queue != null) {
            queue.chatCount++;
            queue.activeCount++;
        }
        return register(new ConversationState(id, arn != null ? arn : conversationArn(id), medium,
                queue == null ? null : queue.id, at));
    }

    /** Makes {@code who} an active participant with a fresh participant id (see {@link ConversationState#join}). */
    boolean join(ConversationState conversation, ParticipantArn who, String name, Instant at) {
        return conversation.join(who, name, ParticipantId.of(randomId()), at);
    }

    ConversationState register(ConversationState conversation) {
        if (data().conversations.putIfAbsent(conversation.id, conversation) != null) {
            throw new IllegalStateException("conversation " + conversation.id + " already exists");
        }
        index(conversation, true);
        return conversation;
    }

    ConversationArn conversationArn(ConversationId id) {
        return ConversationArn.of(Identities.ARN_PREFIX + merchantId + ":conversation/" + id);
    }

    /**
     * Appends a message stamped now from {@code author} (made a participant when not one).
     * O(p + log n) for p participants and n conversations.
     */
    Message addMessage(ConversationState conversation, ParticipantArn author, String authorName, String body,
                       List<UploadKey> uploadKeys, List<String> mediaUrls) {
        return addMessage(conversation, author, authorName, body, MessageType.MESSAGE, uploadKeys, mediaUrls,
                nextStamp(), randomId());
    }

    /** Appends a message with its own time and id, which must follow the conversation's last message. */
    Message addMessage(ConversationState conversation, ParticipantArn author, String authorName, String body,
                       MessageType type, List<UploadKey> uploadKeys, List<String> mediaUrls, Instant at,
                       String messageId) {
        return addMessage(conversation, author, authorName, body, type, uploadKeys, mediaUrls, at, messageId, null);
    }

    /**
     * Appends a message carrying its sender's client message id; publishes a participant update when the
     * author joined by writing, then the message and the conversation's new summary.
     */
    private Message addMessage(ConversationState conversation, ParticipantArn author, String authorName, String body,
                               MessageType type, List<UploadKey> uploadKeys, List<String> mediaUrls, Instant at,
                               String messageId, String clientMessageId) {
        String name = author == null ? authorName : rememberName(author, authorName);
        if (author != null && conversation.participant(author) == null) {
            join(conversation, author, name, at);
            publish(() -> new ConversationEvent.ParticipantUpdate(summary(conversation)));
        }
        Message message = new Message(MessageId.of(messageId), merchantId, author, name, body, clientMessageId, at,
                null, type, mediaUrls, uploadKeys, List.of());
        index(conversation, false);
        conversation.append(message, agentArn);
        index(conversation, true);
        noteStamp(at);
        publish(() -> new ConversationEvent.NewMessage(conversation.id, message));
        publish(() -> new ConversationEvent.NewMessageSummary(summary(conversation)));
        return message;
    }

    // ---- the live channel (callers hold the write lock, but for send and agentTyping, which take it)

    Sessions sessions() {
        return sessions;
    }

    /** Publishes to every live session, unless muted; {@code event} is only made when someone listens. */
    void publish(Supplier<? extends ConversationEvent> event) {
        if (!muted) {
            sessions.publish(event, null);
        }
    }

    /** Runs {@code change} without publishing events (demonstration data). Holding the write lock. */
    void quietly(Runnable change) {
        muted = true;
        try {
            change.run();
        } finally {
            muted = false;
        }
    }

    /** The summary as the tenant's agent sees it: what every session of the tenant is shown. */
    ConversationSummary summary(ConversationState conversation) {
        return conversation.summary(merchantId, agentArn);
    }

    /** Publishes the queue as {@code getQueueStatuses} shows it now. */
    void publishQueue(QueueState queue) {
        publish(() -> new ConversationEvent.QueueStatusUpdate(queue.status()));
    }

    /**
     * Stores a message from a live session as the tenant's agent, or refuses it: an unknown
     * conversation, a closed one, an agent who is not a current participant, no body and no upload,
     * a body over {@code maxBodyBytes} (UTF-8), an upload key of no completed upload. O(p + log n).
     *
     * @throws dev.parley.conversation.domain.NotFoundException when the tenant has no such conversation
     * @throws MessageRefusedException                           for the other refusals
     */
    Message send(OutgoingMessage outgoing, Function<String, String> mediaUrlOfKey, int maxBodyBytes) {
        return write(() -> {
            ConversationState conversation = conversation(outgoing.conversation());
            String clientMessageId = outgoing.clientMessageId();
            requireOpenAndJoined(conversation, "send a message to", clientMessageId);
            String body = outgoing.body();
            if ((body == null || body.isBlank()) && outgoing.uploadKeys().isEmpty()) {
                throw refused(MessageRefusedException.Reason.EMPTY_MESSAGE, 400, clientMessageId,
                        "A message needs a non-blank body or at least one upload key but had neither");
            }
            int bytes = body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBodyBytes) {
                throw refused(MessageRefusedException.Reason.TOO_LARGE, 413, clientMessageId,
                        "The message body is " + bytes + " bytes (UTF-8), over the limit of " + maxBodyBytes);
            }
            List<String> mediaUrls = new ArrayList<>(outgoing.uploadKeys().size());
            for (UploadKey key : outgoing.uploadKeys()) {
                UploadSlot slot = upload(key.value());
                if (slot == null || slot.bytes == null) {
                    throw refused(MessageRefusedException.Reason.UNKNOWN_UPLOAD_KEY, 400, clientMessageId,
                            "Upload key " + key.value() + " names no upload this merchant completed");
                }
                mediaUrls.add(mediaUrlOfKey.apply(key.value()));
            }
            return addMessage(conversation, agentArn, agentName, body, MessageType.MESSAGE, outgoing.uploadKeys(),
                    mediaUrls, nextStamp(), randomId(), clientMessageId);
        });
    }

    /**
     * Relays the agent's typing to every live session but the one it came from, under the same rules as
     * a message (the conversation exists, is open, and the agent is a current participant). O(p).
     */
    void agentTyping(ConversationId id, String value, EngineSession from) {
        write(() -> {
            ConversationState conversation = conversation(id);
            requireOpenAndJoined(conversation, "type in", null);
            if (!muted) {
                sessions.publish(() -> new ConversationEvent.Typing(id, agentArn, agentName, value), from);
            }
        });
    }

    private void requireOpenAndJoined(ConversationState conversation, String action, String clientMessageId) {
        if (conversation.closed) {
            throw refused(MessageRefusedException.Reason.CONVERSATION_CLOSED, 409, clientMessageId,
                    "Conversation " + conversation.id + " is closed: the agent cannot " + action + " it");
        }
        ConversationState.ParticipantState participant = conversation.participant(agentArn);
        if (participant == null || participant.leftAt != null) {
            throw refused(MessageRefusedException.Reason.NOT_A_PARTICIPANT, 409, clientMessageId,
                    "The agent is not a participant of conversation " + conversation.id
                            + (participant == null ? " (never joined)" : " (left)") + ": join it to " + action + " it");
        }
    }

    private static MessageRefusedException refused(
            MessageRefusedException.Reason reason, int status, String clientMessageId, String sentence) {
        return new MessageRefusedException(sentence, reason, clientMessageId, status);
    }

    private void index(ConversationState conversation, boolean add) {
        RankedIndex<ConversationState> byMedium = data().conversationsByMedium.get(conversation.medium);
        long key = conversation.sortKey();
        String id = conversation.id.value();
        if (add) {
            data().everyConversation.add(key, id, conversation);
            byMedium.add(key, id, conversation);
        } else {
            data().everyConversation.remove(key, id);
            byMedium.remove(key, id);
        }
    }

    /** One page of the newest-first listing, as the tenant's agent sees it. O(log n + limit · p). */
    Page<ConversationSummary> list(ConversationListQuery query) {
        RankedIndex<ConversationState> index =
                query.medium() == null ? data().everyConversation : data().conversationsByMedium.get(query.medium());
        int notBefore = query.before() == null ? 0 : index.countAtOrAbove(query.beforeEpochMillis());
        int total = index.size() - notBefore;
        List<ConversationSummary> items = new ArrayList<>();
        if (query.offset() < total) {
            for (ConversationState conversation : index.range(notBefore + query.offset(), query.limit())) {
                items.add(conversation.summary(merchantId, agentArn));
            }
        }
        int end = query.offset() + items.size();
        Integer nextOffset = !items.isEmpty() && end < total ? end : null;
        return new Page<>(items, query.offset(), query.limit(), total, nextOffset);
    }

    // ---- queues

    QueueState queue(QueueName name) {
        if (!peek().queuesByName.containsKey(Errors.required(name, "queue name"))) {
            throw Errors.notFound("queue", name.value());
        }
        return data().queuesByName.get(name);
    }

    QueueState queue(QueueId id) {
        if (!peek().queuesById.containsKey(Errors.required(id, "queue id"))) {
            throw Errors.notFound("queue", id.value());
        }
        return data().queuesById.get(id);
    }

    boolean hasQueue(QueueName name) {
        return peek().queuesByName.containsKey(name);
    }

    /** The queue with this name, created with {@code id} when missing. */
    QueueState ensureQueue(QueueName name, QueueId id) {
        QueueState existing = data().queuesByName.get(Errors.required(name, "queue name"));
        if (existing != null) {
            return existing;
        }
        QueueState created = new QueueState(id, name);
        data().queuesByName.put(name, created);
        data().queuesById.put(id, created);
        return created;
    }

    QueueState ensureQueue(QueueName name) {
        return ensureQueue(name, QueueId.of(randomId()));
    }

    /** Every queue in creation order. O(q · (a + e)). */
    List<QueueStatus> queueStatuses() {
        List<QueueStatus> statuses = new ArrayList<>(data().queuesByName.size());
        for (QueueState queue : data().queuesByName.values()) {
            statuses.add(queue.status());
        }
        return statuses;
    }

    // ---- names and uploads

    /** Remembers a participant's display name; a null name falls back to the one remembered. */
    String rememberName(ParticipantArn who, String name) {
        if (name != null) {
            data().knownNames.put(who, name);
            return name;
        }
        return data().knownNames.get(who);
    }

    String knownName(ParticipantArn who) {
        return who.equals(agentArn) ? agentName : data().knownNames.get(who);
    }

    void addUpload(UploadSlot slot) {
        uploads.put(slot.key, slot);
    }

    UploadSlot upload(String key) {
        return uploads.get(key);
    }

    /** The keys of the tenant's uploads. */
    Set<String> uploadKeys() {
        return Set.copyOf(uploads.keySet());
    }

    /**
     * Empties the tenant's data; returns the upload keys it held. The clock keeps its offset, but
     * with no event left, the next one may be stamped at the clock's reading again.
     */
    Set<String> clear() {
        lastStamp = Instant.EPOCH;
        data = new Data();
        Set<String> keys = Set.copyOf(uploads.keySet());
        uploads.clear();
        return keys;
    }

    /** Back to the base clock. */
    void resetClock() {
        offset = Duration.ZERO;
        agentSessionRefreshedAt = null;
    }

    static String randomId() {
        return UUID.randomUUID().toString();
    }
}
