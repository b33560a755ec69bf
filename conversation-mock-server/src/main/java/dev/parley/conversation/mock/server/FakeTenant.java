package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationId;
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
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.mock.engine.TenantControl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The control plane of one tenant of a {@link FakeUltraCart}, from Java: what UltraCart's API cannot do
 * (customers arriving, messages arriving, browsing context, queues filling, time passing), reset and
 * demonstration data, faults, and the journal of requests received. The HTTP twin is {@code /__admin}
 * with the tenant's credential.
 *
 * <pre>{@code
 * FakeTenant tenant = fake.control("test-key");
 * ConversationId id = tenant.customerStartsConversation(Medium.SMS, null,
 *         ParticipantArn.of("arn:customer:+15125550100"), "Ada", "Where is my order?");
 * tenant.addFault(Fault.status(503).times(2));
 * List<RecordedRequest> seen = tenant.requests();
 * }</pre>
 *
 * <p>Methods that take a conversation id throw {@link NotFoundException} when the tenant has no such
 * conversation, and {@link IllegalArgumentException} for a null required argument. Safe for use from
 * many threads. Obtain one with {@link FakeUltraCart#control(String)}; it stays valid across
 * {@link FakeUltraCart#reset()}.
 */
public final class FakeTenant {
    private final FakeUltraCart fake;
    private final String credential;
    private final long defaultSeed;

    FakeTenant(FakeUltraCart fake, String credential, long defaultSeed) {
        this.fake = fake;
        this.credential = credential;
        this.defaultSeed = defaultSeed;
    }

    /**
     * The tenant's merchant id (derived from the credential, never containing it).
     *
     * @return the merchant id
     */
    public MerchantId merchantId() {
        return engine().merchantId();
    }

    /**
     * The tenant's agent: the one a client with this credential acts as.
     *
     * @return the agent's ARN
     */
    public ParticipantArn agentArn() {
        return engine().agentArn();
    }

    /**
     * The agent's display name.
     *
     * @return the name
     */
    public String agentName() {
        return engine().agentName();
    }

    /**
     * A customer opens a conversation: over SMS, or over webchat in the named queue (created when
     * missing). The customer is its only participant; {@code firstMessage}, when given, is its first
     * message, written by the customer.
     *
     * @param medium       {@link Medium#SMS} or {@link Medium#WEBSOCKET}
     * @param queue        the webchat queue; required for webchat, refused for SMS
     * @param customer     the customer's participant ARN
     * @param customerName the customer's display name; may be null
     * @param firstMessage the customer's first message, or null for none
     * @return the new conversation's id
     * @throws IllegalArgumentException for an UNKNOWN medium, a webchat without queue or an SMS with one
     */
    public ConversationId customerStartsConversation(Medium medium, QueueName queue, ParticipantArn customer,
                                                     String customerName, String firstMessage) {
        return engine().customerStartsConversation(medium, queue, customer, customerName, firstMessage);
    }

    /**
     * A message arrives from {@code author} (a customer, or an agent on another console), stamped now.
     * It is unread for every other participant.
     *
     * @param authorName the author's display name; null uses the name last given for that author
     * @param id the conversation
     * @param author who writes
     * @param body the text
     * @return the message as stored, with its id and time
     */
    public Message addMessage(ConversationId id, ParticipantArn author, String authorName, String body) {
        return engine().addMessage(id, author, authorName, body);
    }

    /**
     * A message with media arrives: each key must be an upload of this tenant whose bytes were stored.
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
        return engine().addMessage(id, author, authorName, body, uploadKeys);
    }

    /**
     * Records the webchat customer's browsing context, replacing the previous one.
     *
     * @param id the webchat conversation
     * @param context the context to record
     * @throws IllegalArgumentException when the conversation is not a webchat
     */
    public void recordWebchatContext(ConversationId id, WebchatContext context) {
        engine().recordWebchatContext(id, context);
    }

    /**
     * Sets the conversation's {@code visible} flag (true until set).
     *
     * @param id      the conversation
     * @param visible the flag
     */
    public void setVisible(ConversationId id, boolean visible) {
        engine().setVisible(id, visible);
    }

    /**
     * Sets the conversation's {@code base_language_iso_code} ({@code en} until set).
     *
     * @param id      the conversation
     * @param isoCode an ISO 639 language code: two or three lower-case letters, as {@code en} or {@code fr}
     * @throws IllegalArgumentException when the code is not two or three lower-case letters (ISO 639)
     */
    public void setBaseLanguage(ConversationId id, String isoCode) {
        engine().setBaseLanguage(id, isoCode);
    }

    /**
     * Makes sure the tenant has a webchat queue with this name; returns its id. Idempotent.
     *
     * @param name the queue's name
     * @return the queue's id
     */
    public QueueId createQueue(QueueName name) {
        return engine().createQueue(name);
    }

    /**
     * A customer starts waiting in the queue (created when missing); a customer already waiting keeps the first entry.
     *
     * @param queue the queue's name
     * @param customer the customer's ARN
     * @param name the customer's name; optional
     * @param email the customer's email; optional
     * @param question what the customer asks; optional
     * @return the customer's entry in the queue
     */
    public QueueEntry customerWaits(QueueName queue, ParticipantArn customer, String name, String email, String question) {
        return engine().customerWaits(queue, customer, name, email, question);
    }

    /**
     * Sets the tenant's clock to read {@code now}; it keeps running from there. It never runs back before
     * the tenant's last event (a message, a conversation started): an empty tenant takes any time.
     *
     * @param now what the clock reads from now on
     * @throws IllegalArgumentException when {@code now} is before the tenant's last event, naming the
     *                                  earliest time allowed
     */
    public void setClock(Instant now) {
        engine().setClock(now);
    }

    /**
     * Moves the tenant's clock forward.
     *
     * @param by how far to move it; not negative
     * @throws IllegalArgumentException when {@code by} is negative
     */
    public void advanceClock(Duration by) {
        engine().advanceClock(by);
    }

    /**
     * The tenant's current time.
     *
     * @return the time
     */
    public Instant now() {
        return engine().now();
    }

    /**
     * Empties the tenant: its conversations, queues and uploads, its faults, its journal and its frame
     * journal, and the upgrades still to refuse; its clock goes back to the server's. Open sockets stay
     * open and are sent nothing about it.
     */
    public void reset() {
        engine().reset();
        TenantSide side = fake.side(credential);
        side.faults().clear();
        side.journal().clear();
        channel().clear();
    }

    /**
     * Makes this tenant's credential refused, or accepted again: while refused, every API request with it
     * is answered 401 in UltraCart's error shape (and an in-process port throws
     * {@link dev.parley.conversation.domain.UnauthorizedException}), as UltraCart answers a revoked key;
     * a websocket upgrade with an agent JWT of this tenant is 401 too (sockets already open stay open).
     * The control plane keeps working with it, and the data is kept; {@link #reset()} accepts it again.
     * The HTTP twin is {@code PUT /__admin/credential} with {@code {"refused": true}}.
     *
     * <pre>{@code
     * fake.control("revoked-key").refuseCredential(true);
     * // a client with "revoked-key" now gets UnauthorizedException from every call
     * }</pre>
     *
     * @param refused true to refuse it, false to accept it again
     */
    public void refuseCredential(boolean refused) {
        engine().refuseCredential(refused);
    }

    /**
     * Whether this tenant's credential is refused ({@link #refuseCredential(boolean)}).
     *
     * @return true while refused
     */
    public boolean credentialRefused() {
        return engine().credentialRefused();
    }

    /** Replaces the tenant's data with the demonstration data of the server's seed. */
    public void loadDemoData() {
        loadDemoData(defaultSeed);
    }

    /**
     * Replaces the tenant's data with the demonstration data of {@code seed}: the same seed gives the same data.
     *
     * @param seed the demonstration data's seed
     */
    public void loadDemoData(long seed) {
        engine().loadDemoData(seed);
    }

    /**
     * Makes the next matching API requests of this tenant fail as {@code fault} says.
     *
     * @param fault what fails, how and how often
     * @return the fault's id
     */
    public String addFault(Fault fault) {
        if (fault == null) {
            throw new IllegalArgumentException("fault must not be null");
        }
        return fake.side(credential).faults().add(fault);
    }

    /**
     * The faults of this tenant not used up yet.
     *
     * @return the faults in the order they were added, each with the uses it has left
     */
    public List<ActiveFault> faults() {
        return fake.side(credential).faults().list();
    }

    /**
     * Removes one fault before it is used up.
     *
     * @param faultId the id {@link #addFault(Fault)} returned
     * @return true when the fault was active and is removed, false when there was none by that id
     */
    public boolean removeFault(String faultId) {
        return faultId != null && fake.side(credential).faults().remove(faultId);
    }

    /** Removes every fault of this tenant not used up yet. */
    public void clearFaults() {
        fake.side(credential).faults().clear();
    }

    /**
     * The API requests this tenant's journal holds, oldest first.
     *
     * @return the recorded requests, credentials masked
     */
    public List<RecordedRequest> requests() {
        return fake.side(credential).journal().newest(null);
    }

    /**
     * The newest {@code limit} requests of this tenant's journal, oldest first.
     *
     * @param limit how many of the newest requests; at least 1
     * @return the recorded requests, credentials masked
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public List<RecordedRequest> requests(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        return fake.side(credential).journal().newest(limit);
    }

    /**
     * Waits for a request: the first the journal holds that {@code matcher} accepts, or the first to
     * arrive within {@code timeout}. For code that calls the API on its own schedule (a background job, a
     * retry), as MockWebServer's {@code takeRequest}. Requests are journaled once answered.
     *
     * <pre>{@code
     * RecordedRequest join = tenant.awaitRequest(r -> r.path().endsWith("/join"), Duration.ofSeconds(5));
     * }</pre>
     *
     * @param matcher which request
     * @param timeout how long to wait at most
     * @return the matching request
     * @throws AssertionError           when none matched within the timeout, listing what arrived
     * @throws IllegalArgumentException when the matcher is null or the timeout negative
     */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matcher, Duration timeout) {
        if (matcher == null || timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("awaitRequest needs a matcher and a timeout of at least 0 but had "
                    + (matcher == null ? "no matcher" : "a timeout of " + timeout));
        }
        Journal journal = fake.side(credential).journal();
        try {
            RecordedRequest found = journal.await(matcher, timeout);
            if (found == null) {
                throw new AssertionError(noMatch(timeout, journal.newest(null)));
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a request", e);
        }
    }

    /** The message when no request matched: what the journal holds, so the test shows what arrived instead. */
    private static String noMatch(Duration timeout, List<RecordedRequest> held) {
        StringBuilder message = new StringBuilder("no request matched within " + timeout.toMillis() + " ms; the journal holds:");
        held.subList(Math.max(0, held.size() - 10), held.size()).forEach(r -> message.append("\n  ").append(r.summary()));
        return held.isEmpty() ? message.append(" nothing").toString() : message.toString();
    }

    /** Empties this tenant's journal. */
    public void clearRequests() {
        fake.side(credential).journal().clear();
    }

    // ---- the realtime channel

    /**
     * Closes the conversation, as when the chat ends: it stays listed with {@code closed} true, a webchat's
     * queue no longer counts it in {@code customer_active_count}, sockets receive {@code conversation closed},
     * and agents can no longer send to it (a message sent is refused with {@code conversation_closed}).
     * Closing it again changes nothing.
     *
     * @param id the conversation
     * @return whether it was open
     */
    public boolean closeConversation(ConversationId id) {
        return engine().closeConversation(id);
    }

    /**
     * {@code author} (typically the customer) types: sockets receive a {@code typing} event with the author's
     * name and {@code value}. Nothing is stored.
     *
     * @param id     the conversation
     * @param author who types
     * @param value what the author has typed so far; may be null
     */
    public void typing(ConversationId id, ParticipantArn author, String value) {
        engine().typing(id, author, value);
    }

    /**
     * Moves a message to a delivery status for every participant but its author ({@code ACCEPTED},
     * {@code SENDING}, {@code SENT}, {@code READ}, {@code TWILIO_ERROR}, ... in any order): sockets receive
     * an {@code updated message} event, and reading the message shows its new {@code transport_statuses}.
     *
     * @param id      the conversation
     * @param message the message's id
     * @param status  its new delivery status
     * @return the message with its new statuses
     * @throws NotFoundException        when the conversation or message does not exist
     * @throws IllegalArgumentException for {@link DeliveryStatus#UNKNOWN}
     */
    public Message setTransportStatus(ConversationId id, MessageId message, DeliveryStatus status) {
        return engine().setTransportStatus(id, message, status);
    }

    /**
     * How many realtime sockets of this tenant are open now.
     *
     * @return the count
     */
    public int openSockets() {
        return channel().sockets().size();
    }

    /**
     * Drops every open socket of this tenant now, without a close handshake, as a network failure would
     * (a client sees the connection fail, not a close code).
     */
    public void dropSockets() {
        channel().sockets().forEach(Socket::drop);
    }

    /**
     * Drops each socket of this tenant open now once {@code frames} more frames have been written to it
     * (sockets opened later are not affected).
     *
     * @param frames how many more frames each socket gets; at least 1
     * @throws IllegalArgumentException when {@code frames} is below 1
     */
    public void dropSocketsAfterFrames(int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1 but was " + frames);
        }
        channel().sockets().forEach(socket -> socket.dropAfter(frames));
    }

    /**
     * Refuses the next {@code count} websocket upgrades of this tenant's agent with 503 and
     * {@code Retry-After: 1} in UltraCart's error shape (a valid JWT still being required first); 0 stops
     * refusing.
     *
     * @param count how many upgrades to refuse; at least 0
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public void refuseUpgrades(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0 but was " + count);
        }
        channel().refuseUpgrades(count);
    }

    /**
     * The frames this tenant's sockets sent to the fake that its journal holds, oldest first.
     *
     * @return the frames
     */
    public List<RecordedFrame> frames() {
        return channel().frames().newest(null);
    }

    /**
     * The newest {@code limit} frames of this tenant's frame journal, oldest first.
     *
     * @param limit how many; at least 1
     * @return the frames
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public List<RecordedFrame> frames(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
        return channel().frames().newest(limit);
    }

    /**
     * Waits for a frame: the oldest in this tenant's frame journal that {@code matching} accepts, or the
     * first to arrive within {@code timeout}, as {@link #awaitRequest} waits for a request. Frames stay in
     * the journal ({@link #clearFrames()} forgets them).
     *
     * <pre>{@code
     * RecordedFrame sent = tenant.awaitFrame(f -> f.frame() instanceof RealtimeFrame.SendMessage, Duration.ofSeconds(5));
     * }</pre>
     *
     * @param matching which frame
     * @param timeout  how long to wait at most
     * @return the matching frame
     * @throws AssertionError           when none matched within the timeout, listing what arrived
     * @throws IllegalArgumentException when the predicate is null or the timeout negative
     */
    public RecordedFrame awaitFrame(Predicate<RecordedFrame> matching, Duration timeout) {
        if (matching == null || timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("awaitFrame needs a predicate and a timeout of at least 0 but had "
                    + (matching == null ? "no predicate" : "a timeout of " + timeout));
        }
        FrameJournal frames = channel().frames();
        try {
            RecordedFrame found = frames.await(matching, timeout);
            if (found == null) {
                List<RecordedFrame> arrived = frames.newest(null);
                StringBuilder message = new StringBuilder("No frame matched within " + timeout + "; the journal holds "
                        + arrived.size() + (arrived.isEmpty() ? " frames" : ":"));
                for (RecordedFrame frame : arrived.subList(Math.max(0, arrived.size() - 20), arrived.size())) {
                    message.append("\n  ").append(frame.socket()).append(' ').append(frame.text());
                }
                throw new AssertionError(message.toString());
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a frame", e);
        }
    }

    /** Empties this tenant's frame journal. */
    public void clearFrames() {
        channel().frames().clear();
    }

    @Override
    public String toString() {
        return "FakeTenant[merchant " + merchantId() + "]";
    }

    private Channel channel() {
        return fake.channel(merchantId());
    }

    FakeUltraCart server() {
        return fake;
    }

    Journal journal() {
        return fake.side(credential).journal();
    }

    private TenantControl engine() {
        return fake.engine().control(credential);
    }
}
