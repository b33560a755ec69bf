package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.WebchatContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The backstage of one tenant: what UltraCart's API cannot do by itself (customers arriving,
 * messages arriving, browsing context, queues filling, time passing), plus reset and demonstration
 * data. Obtained from {@link ConversationEngine#control(String)}; acts on the same tenant as the
 * port of the same credential. Safe for use from many threads; every method is atomic.
 *
 * <p>Every change made here reaches the tenant's live sessions as the same events an agent's change
 * would cause ({@link ConversationEngine#realtime(String)}): a customer's conversation and message, a
 * queue filling, a webchat context, a closed conversation, typing, delivery statuses. Resetting the
 * tenant and loading demonstration data send nothing.
 *
 * <p>Methods that take a conversation id throw {@link NotFoundException} when the tenant has no such
 * conversation, and {@link IllegalArgumentException} for a null required argument.
 */
public final class TenantControl {

    private final Tenant tenant;
    private final ConversationEngine engine;
    private final Map<Class<?>, Object> attachments = new ConcurrentHashMap<>();

    TenantControl(Tenant tenant, ConversationEngine engine) {
        this.tenant = tenant;
        this.engine = engine;
    }

    /**
     * A customer opens a conversation: over SMS, or over webchat in the named queue (created when
     * missing). The customer is its only participant; the agent sees it in the listing, unread when
     * {@code firstMessage} is given, which becomes the first message, by the customer. O(log n).
     *
     * @param medium       {@link Medium#SMS} or {@link Medium#WEBSOCKET}
     * @param queueOrNull  the webchat queue; required for webchat, refused for SMS
     * @param customer     the customer's participant ARN
     * @param customerName the customer's display name; may be null
     * @param firstMessageOrNull the customer's first message, or null for none
     * @return the new conversation's id
     * @throws IllegalArgumentException for an UNKNOWN medium, a webchat without queue or an SMS with one
     */
    public ConversationId customerStartsConversation(
            Medium medium, QueueName queueOrNull, ParticipantArn customer, String customerName,
            String firstMessageOrNull) {
        Errors.required(medium, "medium");
        Errors.required(customer, "customer arn");
        if (medium == Medium.UNKNOWN) {
            throw new IllegalArgumentException("medium must be SMS or WEBSOCKET but was UNKNOWN");
        }
        if (medium == Medium.WEBSOCKET && queueOrNull == null) {
            throw new IllegalArgumentException("a webchat conversation needs a queue but had none");
        }
        if (medium == Medium.SMS && queueOrNull != null) {
            throw new IllegalArgumentException("an SMS conversation has no webchat queue but was given " + queueOrNull);
        }
        return tenant.write(() -> {
            QueueState queue = queueOrNull == null ? null : tenant.ensureQueue(queueOrNull);
            Instant at = tenant.nextStamp();
            ConversationState conversation = tenant.startConversation(queue, null, at);
            String name = tenant.rememberName(customer, customerName);
            tenant.join(conversation, customer, name, at);
            tenant.publish(() -> new ConversationEvent.NewConversation(tenant.summary(conversation)));
            if (queue != null) {
                tenant.publishQueue(queue);
            }
            if (firstMessageOrNull != null) {
                tenant.addMessage(conversation, customer, name, firstMessageOrNull, List.of(), List.of());
            }
            return conversation.id;
        });
    }

    /**
     * A message arrives from {@code author} (a customer, or an agent on another console), stamped
     * now; the author becomes a participant when not one. It is unread for every other participant
     * and for this tenant's agent; for the author the conversation is read. O(p + log n).
     *
     * @param authorName the author's display name; null uses the name last given for that author
     * @param id the conversation
     * @param author who writes
     * @param body the text
     * @return the message as stored, with its id and time
     */
    public Message addMessage(ConversationId id, ParticipantArn author, String authorName, String body) {
        return addMessage(id, author, authorName, body, List.of());
    }

    /**
     * {@link #addMessage(ConversationId, ParticipantArn, String, String)} with media: each key must be an
     * upload of this tenant whose bytes were stored; the message cites the keys and the URLs to read
     * the media back.
     *
     * @param body the text; may be null when media are attached
     * @param id the conversation
     * @param author who writes
     * @param authorName the author's display name; null uses the name last given for that author
     * @param uploadKeys the stored uploads to attach, in order
     * @return the message as stored, with its id, time and media URLs
     * @throws NotFoundException when a key has no stored upload in this tenant
     */
    public Message addMessage(ConversationId id, ParticipantArn author, String authorName, String body,
                              List<UploadKey> uploadKeys) {
        Errors.required(author, "author arn");
        List<UploadKey> keys = List.copyOf(Errors.required(uploadKeys, "upload keys"));
        if (body == null && keys.isEmpty()) {
            throw new IllegalArgumentException("a message needs a body or media but had neither");
        }
        return tenant.write(() -> {
            ConversationState conversation = tenant.conversation(id);
            List<String> mediaUrls = new ArrayList<>(keys.size());
            for (UploadKey key : keys) {
                UploadSlot slot = tenant.upload(key.value());
                if (slot == null || slot.bytes == null) {
                    throw Errors.notFound("upload", key.value());
                }
                mediaUrls.add(engine.uploads().mediaUrl(key.value()));
            }
            return tenant.addMessage(conversation, author, authorName, body, keys, mediaUrls);
        });
    }

    /**
     * Records the webchat customer's browsing context, replacing the previous one. O(1).
     *
     * @param id the webchat conversation
     * @param context the context to record
     * @throws IllegalArgumentException when the conversation is not a webchat
     */
    public void recordWebchatContext(ConversationId id, WebchatContext context) {
        Errors.required(context, "webchat context");
        tenant.write(() -> {
            ConversationState conversation = tenant.conversation(id);
            if (conversation.medium != Medium.WEBSOCKET) {
                throw new IllegalArgumentException("conversation " + id
                        + " is an SMS conversation; only webchat conversations have a browsing context");
            }
            conversation.context = context;
            tenant.publish(() -> new ConversationEvent.WebchatContextChanged(id,
                    context.cart() == null ? null : context.cart().id(), null, context.currentUrl()));
        });
    }

    /**
     * Sets whether the conversation is {@code visible} (UltraCart hides some conversations from agents' lists). O(1).
     *
     * @param id      the conversation
     * @param visible the flag
     */
    public void setVisible(ConversationId id, boolean visible) {
        tenant.write(() -> {
            tenant.conversation(id).visible = visible;
        });
    }

    /**
     * Sets the conversation's {@code base_language_iso_code} (English, {@code en}, until set). O(1).
     *
     * @param id      the conversation
     * @param isoCode an ISO 639 language code: two or three letters, as {@code en} or {@code fr}
     * @throws IllegalArgumentException when the code is not two or three letters
     */
    public void setBaseLanguage(ConversationId id, String isoCode) {
        if (Errors.required(isoCode, "base language iso code").length() < 2 || isoCode.length() > 3
                || !isoCode.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException(
                    "base language iso code must be two or three lower-case letters (ISO 639) but was \"" + isoCode + "\"");
        }
        tenant.write(() -> {
            tenant.conversation(id).setBaseLanguage(isoCode);
        });
    }

    /**
     * Makes sure the tenant has a webchat queue with this name; returns its id. Idempotent. O(1).
     *
     * @param name the queue's name
     * @return the queue's id
     */
    public QueueId createQueue(QueueName name) {
        Errors.required(name, "queue name");
        return tenant.write(() -> {
            boolean existed = tenant.hasQueue(name);
            QueueState queue = tenant.ensureQueue(name);
            if (!existed) {
                tenant.publishQueue(queue);
            }
            return queue.id;
        });
    }

    /**
     * A customer starts waiting in the queue (created when missing), joining now. A customer already
     * waiting there keeps the original entry, which is returned. The entry leaves the queue when the
     * agent starts a conversation in that queue with the customer. O(1).
     *
     * @param queue the queue's name
     * @param customer the customer's ARN
     * @param name the customer's name; optional
     * @param email the customer's email; optional
     * @param question what the customer asks; optional
     * @return the customer's entry in the queue
     */
    public QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email,
                                    String question) {
        Errors.required(queue, "queue name");
        Errors.required(customer, "customer arn");
        return tenant.write(() -> {
            QueueState state = tenant.ensureQueue(queue);
            boolean waiting = state.isWaiting(customer);
            QueueEntry entry = state.enqueue(customer, tenant.rememberName(customer, name), email, question, tenant.now());
            if (!waiting) {
                tenant.publishQueue(state);
            }
            return entry;
        });
    }

    /**
     * Closes the conversation, as UltraCart does when a chat ends: it stays readable, live sessions are
     * sent {@link ConversationEvent.ConversationClosed}, and agents can no longer send to it. A webchat's
     * queue counts it no longer among its active chats ({@code customer_active_count}) and counts its
     * length in the average chat time; sessions are then sent that queue's
     * {@link ConversationEvent.QueueStatusUpdate}. Closing a closed conversation changes nothing. O(p).
     *
     * @param id the conversation
     * @return whether it was open
     */
    public boolean closeConversation(ConversationId id) {
        return tenant.write(() -> {
            ConversationState conversation = tenant.conversation(id);
            if (conversation.closed) {
                return false;
            }
            conversation.closed = true;
            tenant.publish(() -> new ConversationEvent.ConversationClosed(tenant.summary(conversation)));
            if (conversation.queueId != null) {
                QueueState queue = tenant.queue(conversation.queueId);
                queue.chatEnded(conversation.startedAt, tenant.now());
                tenant.publishQueue(queue);
            }
            return true;
        });
    }

    /**
     * {@code author} (typically the customer) types in the conversation: live sessions are sent a
     * {@link ConversationEvent.Typing} with the author's known name. Nothing is stored. O(1).
     *
     * @param id     the conversation
     * @param author who types
     * @param value what the author has typed so far; may be null
     */
    public void typing(ConversationId id, ParticipantArn author, String value) {
        Errors.required(author, "author arn");
        tenant.write(() -> {
            tenant.conversation(id);
            tenant.publish(() -> new ConversationEvent.Typing(id, author, tenant.knownName(author), value));
        });
    }

    /**
     * Moves a message to a delivery status for every participant but its author (for a message with no
     * other participant, one status naming no one), as a carrier's receipts would: the message as read
     * afterwards carries the new {@code transport_statuses}, and live sessions are sent
     * {@link ConversationEvent.MessageUpdated}. Any documented status may follow any other
     * ({@code ACCEPTED}, {@code SENDING}, {@code SENT}, {@code READ}, {@code TWILIO_ERROR}, ...). O(m + p).
     *
     * @param id        the conversation
     * @param messageId the message
     * @param status    its new delivery status
     * @return the message with its new statuses
     * @throws NotFoundException        when the conversation or the message does not exist
     * @throws IllegalArgumentException for {@link DeliveryStatus#UNKNOWN}
     */
    public Message setTransportStatus(ConversationId id, MessageId messageId, DeliveryStatus status) {
        Errors.required(messageId, "message id");
        if (Errors.required(status, "delivery status") == DeliveryStatus.UNKNOWN) {
            throw new IllegalArgumentException("delivery status must be a documented one but was UNKNOWN");
        }
        return tenant.write(() -> {
            ConversationState conversation = tenant.conversation(id);
            Message updated = conversation.updateMessage(messageId, message -> {
                List<TransportStatus> statuses = new ArrayList<>();
                for (ParticipantArn recipient : conversation.participantArns()) {
                    if (!recipient.equals(message.author())) {
                        statuses.add(new TransportStatus(recipient, status));
                    }
                }
                if (statuses.isEmpty()) {
                    statuses.add(new TransportStatus(null, status));
                }
                return new Message(message.id(), message.merchantId(), message.author(), message.authorName(),
                        message.body(), message.clientMessageId(), message.sentAt(), message.delayUntil(),
                        message.type(), message.mediaUrls(), message.uploadKeys(), statuses);
            });
            if (updated == null) {
                throw Errors.notFound("message", messageId.value());
            }
            tenant.publish(() -> new ConversationEvent.MessageUpdated(id, updated));
            return updated;
        });
    }

    /**
     * Sets the tenant's clock to read {@code now} (it keeps running from there with the engine's base
     * clock). The clock never runs back before something that happened: a tenant with events (messages,
     * conversations started) refuses a reading earlier than its last event. An empty tenant takes any.
     *
     * @param now what the clock reads from now on
     * @throws IllegalArgumentException when {@code now} is before the tenant's last event, naming the
     *                                  earliest time allowed
     */
    public void setClock(Instant now) {
        Errors.required(now, "clock reading");
        tenant.write(() -> {
            Instant earliest = tenant.lastEventAt();
            if (earliest != null && now.isBefore(earliest)) {
                throw new IllegalArgumentException("the clock cannot be set back to " + now + ": the tenant's last event"
                        + " happened at " + earliest + ", so the earliest time allowed is " + earliest
                        + " (reset the tenant to start from an earlier time)");
            }
            tenant.setClock(now);
        });
    }

    /**
     * Moves the tenant's clock forward.
     *
     * @param by how far to move it; not negative
     * @throws IllegalArgumentException when {@code by} is negative
     */
    public void advanceClock(Duration by) {
        if (Errors.required(by, "clock advance").isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward but the advance was " + by);
        }
        tenant.write(() -> tenant.advanceClock(by));
    }

    /**
     * The tenant's current time: its clock, or the last event's time when that is later. Millisecond precision.
     *
     * @return the time
     */
    public Instant now() {
        return tenant.read(tenant::now);
    }

    /**
     * Makes the tenant's credential refused, or accepted again: while refused, every operation of the
     * port with this credential throws {@link dev.parley.conversation.domain.UnauthorizedException} (over
     * HTTP, a 401 in UltraCart's error shape), as for a revoked API key, and so does connecting a live
     * session (over the websocket, the upgrade is a 401; sessions already open stay open). This control
     * keeps working, and the tenant's data is kept. {@link #reset()} accepts the credential again.
     *
     * @param refused true to refuse it, false to accept it again
     */
    public void refuseCredential(boolean refused) {
        tenant.credentialRefused = refused;
    }

    /**
     * Whether the tenant's credential is refused ({@link #refuseCredential(boolean)}).
     *
     * @return true while refused
     */
    public boolean credentialRefused() {
        return tenant.credentialRefused;
    }

    /**
     * Empties the tenant (conversations, queues, uploads), puts its clock back on the engine's base clock
     * and accepts its credential again. Live sessions stay connected and are sent nothing about it.
     */
    public void reset() {
        tenant.credentialRefused = false;
        engine.uploads().forget(tenant.write(() -> {
            tenant.resetClock();
            return tenant.clear();
        }));
    }

    /**
     * Replaces the tenant's data with the demonstration data for {@code seed}, dated up to the
     * tenant's current time: the same seed, credential and time give the same data. The clock is kept.
     *
     * @param seed the demonstration data's seed
     */
    public void loadDemoData(long seed) {
        engine.uploads().forget(tenant.write(() -> {
            var dropped = tenant.clear();
            tenant.quietly(() -> DemoData.load(tenant, seed));
            return dropped;
        }));
    }

    /**
     * The tenant's merchant id (derived from the credential, never containing it).
     *
     * @return the merchant id
     */
    public MerchantId merchantId() {
        return tenant.merchantId;
    }

    /**
     * The tenant's agent: the one its port acts as.
     *
     * @return the agent's ARN
     */
    public ParticipantArn agentArn() {
        return tenant.agentArn;
    }

    /**
     * The agent's display name.
     *
     * @return the name
     */
    public String agentName() {
        return tenant.agentName;
    }

    /**
     * When the agent last refreshed its session (keep-alive), if ever since the last reset.
     *
     * @return the last keep-alive's time, or empty
     */
    public Optional<Instant> agentSessionRefreshedAt() {
        return Optional.ofNullable(tenant.read(tenant::agentSessionRefreshedAt));
    }

    /**
     * State an adapter keeps for this tenant (a server's request journal, say): created by
     * {@code create} on first use, then the same object for as long as the engine keeps the tenant,
     * and forgotten with it. Safe for use from many threads.
     *
     * @param type   the state's type, its key
     * @param create makes the state on first use
     * @param <T>    the state's type
     * @return the tenant's state of that type
     */
    public <T> T attachment(Class<T> type, Supplier<? extends T> create) {
        return type.cast(attachments.computeIfAbsent(type, key -> create.get()));
    }

    /** Whether the tenant holds data of its own, or still reads the demonstration data it shares. */
    boolean ownsData() {
        return tenant.ownsData();
    }

    /**
     * The tenant's port: what {@link ConversationEngine#port(String)} gives for its credential, without
     * resolving the credential again.
     *
     * @return the port acting as this tenant's agent
     */
    public ConversationPort port() {
        return new EnginePort(tenant, engine);
    }

    Tenant tenant() {
        return tenant;
    }

    @Override
    public String toString() {
        return "TenantControl[merchant " + tenant.merchantId + "]";
    }
}
