package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
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
     * Closes the conversation, as when the chat ends: it stays listed with {@code closed} true, and a
     * webchat's queue no longer counts it in {@code customer_active_count}. Closing it again changes nothing.
     *
     * @param id the conversation
     */
    public void closeConversation(ConversationId id) {
        engine().closeConversation(id);
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
     * Empties the tenant: its conversations, queues and uploads, its faults and its journal; its clock
     * goes back to the server's.
     */
    public void reset() {
        engine().reset();
        TenantSide side = fake.side(credential);
        side.faults().clear();
        side.journal().clear();
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

    @Override
    public String toString() {
        return "FakeTenant[merchant " + merchantId() + "]";
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
