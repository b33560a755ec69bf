package dev.parley.conversation.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * What every rule needs: the tenant under test, skips that say why, unique data and the scenes the
 * rules are built from. One per test; not shared between threads.
 */
final class Kit {

    /** How far {@link #tick()} moves a backstage clock: far enough apart for millisecond timestamps. */
    static final Duration TICK = Duration.ofSeconds(1);

    /** The fields that make a message the same message whichever call returned it. */
    static final String[] MESSAGE_IDENTITY = {"id", "author", "body", "sentAt"};

    private final TckTenant tenant;
    private final Supplier<TckTenant> secondTenant;
    private final Supplier<ConversationPort> badCredentialPort;
    private AgentAuthorization agent;
    private Duration realtimeTimeout = Duration.ofSeconds(5);
    private Supplier<String> whyRealtimeDeclined = () -> "the implementation under test offers no realtime port";
    private final List<AgentSession> sessions = new CopyOnWriteArrayList<>();

    /**
     * @param tenant            the tenant every rule acts on
     * @param secondTenant      another, isolated tenant; {@code null} when the implementor declines
     * @param badCredentialPort the port with a refused credential; may supply {@code null} to decline
     */
    Kit(TckTenant tenant, Supplier<TckTenant> secondTenant, Supplier<ConversationPort> badCredentialPort) {
        this.tenant = Objects.requireNonNull(tenant, "newTenant() must not return null");
        this.secondTenant = secondTenant;
        this.badCredentialPort = Objects.requireNonNull(badCredentialPort, "bad credential port supplier");
    }

    ConversationPort port() {
        return tenant.port();
    }

    Backstage backstage() {
        return tenant.backstage();
    }

    // ---- capabilities and skips -------------------------------------------------------------

    boolean can(BackstageCapability capability) {
        return backstage().capabilities().contains(capability);
    }

    /** Skips the running test, saying which capability it needs and why the backstage declines it. */
    void require(BackstageCapability capability, String purpose) {
        Assumptions.assumeTrue(can(capability), () -> "backstage declines " + capability + ": "
                + backstage().whyDeclined(capability) + " (this test needs it to " + purpose + ")");
    }

    /** A second tenant, isolated from the first; skips the test when the implementor declined. */
    TckTenant secondTenant() {
        Assumptions.assumeTrue(secondTenant != null, "tenantsAreIsolated() is false: newTenant() does not give"
                + " isolated merchants, so isolation between tenants cannot be tested");
        return Objects.requireNonNull(secondTenant.get(), "newTenant() must not return null");
    }

    /** The port with a refused credential; skips the test when the implementor declined. */
    ConversationPort badCredentialPort() {
        ConversationPort bad = badCredentialPort.get();
        Assumptions.assumeTrue(bad != null, "portWithBadCredential() returned null: the implementation under"
                + " test offers no port with a refused credential, so the 401 rule cannot be tested");
        return bad;
    }

    // ---- the realtime channel ------------------------------------------------------------------

    /** How long the realtime rules wait for one event, and why the tenant has no realtime port (when it has none). */
    Kit realtimeSettings(Duration timeout, Supplier<String> whyDeclined) {
        this.realtimeTimeout = Objects.requireNonNull(timeout, "realtimeTimeout() must not return null");
        this.whyRealtimeDeclined = Objects.requireNonNull(whyDeclined, "why realtime is declined");
        return this;
    }

    Duration realtimeTimeout() {
        return realtimeTimeout;
    }

    /** The tenant's realtime port; skips the test when the tenant has none. */
    RealtimePort realtime() {
        return realtimeOf(tenant);
    }

    /** {@code someTenant}'s realtime port; skips the test when it has none. */
    RealtimePort realtimeOf(TckTenant someTenant) {
        Assumptions.assumeTrue(someTenant.realtime() != null, () -> "realtime declined: " + whyRealtimeDeclined.get()
                + " (TckTenant.realtime() is null, so the realtime rules cannot run)");
        return someTenant.realtime();
    }

    /** A live session of the tenant's agent and the recorder of what it receives. */
    record Live(AgentSession session, EventRecorder events) {
    }

    /** Connects a session of the tenant's agent; it is closed after the test. */
    Live connect(String name) {
        return connect(realtime(), name);
    }

    /** Connects a session on {@code port}; it is closed after the test. */
    Live connect(RealtimePort port, String name) {
        EventRecorder recorder = new EventRecorder(name, realtimeTimeout);
        AgentSession session = port.connect(recorder);
        assertThat(session).as(rule("realtime_01", "RealtimePort.connect returns the session, never null")).isNotNull();
        sessions.add(session);
        return new Live(session, recorder);
    }

    /** Closes every session the test opened. */
    void closeSessions() {
        for (AgentSession session : sessions) {
            session.close();
        }
        sessions.clear();
    }

    // ---- the agent ----------------------------------------------------------------------------

    /** The agent the port acts as, from {@link ConversationPort#authorizeAgent()} (asked once per test). */
    AgentAuthorization agent() {
        if (agent == null) {
            agent = port().authorizeAgent();
            assertThat(agent).as(rule("auth_01", "authorizeAgent() returns the agent's authorization, never null"))
                    .isNotNull();
        }
        return agent;
    }

    ParticipantArn agentArn() {
        return agent().agentArn();
    }

    // ---- unique data --------------------------------------------------------------------------

    /** A value no other test run uses: {@code what} and a random suffix. */
    static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static ParticipantArn newCustomerArn() {
        return ParticipantArn.of("arn:parley:tck:customer:" + unique("c"));
    }

    static QueueName newQueueName() {
        return QueueName.of(unique("tck-queue"));
    }

    /** An id no implementation has given out. */
    static ConversationId unknownConversationId() {
        return ConversationId.of(UUID.randomUUID().toString());
    }

    // ---- time ---------------------------------------------------------------------------------

    /** Moves the backstage clock on when it can, so what happens next gets a later timestamp. */
    void tick() {
        if (can(BackstageCapability.CLOCK)) {
            backstage().advanceClock(TICK);
        }
    }

    /** The backstage clock's time, or {@code null} when the backstage declines CLOCK. */
    Instant clockOrNull() {
        return can(BackstageCapability.CLOCK) ? backstage().now() : null;
    }

    /**
     * Skips the test unless the instants are all different: rules that page by timestamp cannot tell
     * equal ones apart. With CLOCK the kit spaces its events, so this only skips without it.
     */
    void requireDistinct(List<Instant> instants, String purpose) {
        Assumptions.assumeTrue(new HashSet<>(instants).size() == instants.size(),
                () -> "timestamps " + instants + " share a millisecond and the backstage declines CLOCK ("
                        + backstage().whyDeclined(BackstageCapability.CLOCK) + "), so this test cannot " + purpose);
    }

    /** Asserts {@code actual} lies between two readings of the backstage clock, when there is one. */
    static void assertWithin(Instant actual, Instant from, Instant to, String description) {
        assertThat(actual).as(description).isNotNull();
        if (from != null && to != null) {
            assertThat(actual).as(description + "; the backstage clock read " + from + " before and " + to + " after")
                    .isBetween(from, to);
        }
    }

    // ---- scenes -------------------------------------------------------------------------------

    /** A customer's conversation as the kit made it: who the customer is and what they wrote first. */
    record CustomerChat(ConversationId id, ParticipantArn customer, String customerName, String firstMessage) {
    }

    /** A customer texts the merchant: a new SMS conversation with one customer message. */
    CustomerChat customerTexts() {
        require(BackstageCapability.CUSTOMER_CONVERSATIONS, "have a customer open a conversation");
        ParticipantArn customer = newCustomerArn();
        String name = unique("Customer");
        String body = unique("hello from sms");
        ConversationId id = backstage().customerStartsConversation(CustomerConversation.sms(customer, name, body));
        assertThat(id).as("Backstage.customerStartsConversation must return the new conversation's id").isNotNull();
        return new CustomerChat(id, customer, name, body);
    }

    /** A customer opens a webchat in {@code queue}, with one customer message. */
    CustomerChat customerChats(QueueName queue) {
        require(BackstageCapability.CUSTOMER_CONVERSATIONS, "have a customer open a webchat");
        ParticipantArn customer = newCustomerArn();
        String name = unique("Visitor");
        String body = unique("hello from webchat");
        ConversationId id = backstage().customerStartsConversation(
                CustomerConversation.webchat(queue, customer, name, body));
        assertThat(id).as("Backstage.customerStartsConversation must return the new conversation's id").isNotNull();
        return new CustomerChat(id, customer, name, body);
    }

    /** The customer of {@code chat} writes again. */
    Message customerWrites(CustomerChat chat, String body) {
        require(BackstageCapability.MESSAGES, "have a message arrive from a customer");
        Message message = backstage().messageArrives(chat.id(), chat.customer(), chat.customerName(), body);
        assertThat(message).as("Backstage.messageArrives must return the stored message").isNotNull();
        return message;
    }

    /** A customer conversation with {@code count} messages in all, each a tick after the one before. */
    CustomerChat customerWithMessages(int count) {
        CustomerChat chat = customerTexts();
        for (int i = 1; i < count; i++) {
            tick();
            customerWrites(chat, unique("message " + (i + 1)));
        }
        return chat;
    }

    /** The agent starts an SMS conversation with one new customer, through the port alone. */
    Conversation agentStartsSms() {
        Conversation started = port().startConversation(StartConversationRequest.withParticipants(newCustomerArn()));
        assertThat(started).as(rule("start_01", "startConversation returns the new conversation, never null"))
                .isNotNull();
        return started;
    }

    /**
     * {@code count} new conversations, each a tick after the one before: customer conversations with
     * a message when the backstage can open them, else conversations the agent starts.
     */
    List<ConversationId> someConversations(int count) {
        List<ConversationId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                tick();
            }
            ids.add(can(BackstageCapability.CUSTOMER_CONVERSATIONS) ? customerTexts().id() : agentStartsSms().id());
        }
        return ids;
    }

    /** A fresh queue with a known id. */
    QueueId newQueue(QueueName name) {
        require(BackstageCapability.QUEUES, "create a webchat queue");
        QueueId id = backstage().createQueue(name);
        assertThat(id).as("Backstage.createQueue must return the queue's id").isNotNull();
        return id;
    }

    // ---- reading ------------------------------------------------------------------------------

    Conversation get(ConversationId id) {
        Conversation conversation = port().getConversation(id);
        assertThat(conversation).as(rule("get_01", "getConversation returns the conversation, never null")).isNotNull();
        return conversation;
    }

    /** The agent's participant entries in {@code conversation} (the contract allows at most one). */
    List<Participant> agentEntries(Conversation conversation) {
        ParticipantArn me = agentArn();
        return conversation.participants().stream().filter(p -> me.equals(p.arn())).collect(Collectors.toList());
    }

    /** The agent's one participant entry, failing with the rule when there is none or more than one. */
    Participant agentEntry(Conversation conversation, String ruleId, String when) {
        List<Participant> entries = agentEntries(conversation);
        assertThat(entries).as(rule(ruleId, when + ", the agent " + agentArn()
                + " has exactly one participant entry; participants were " + conversation.participants()))
                .hasSize(1);
        return entries.get(0);
    }

    /** The conversation as the whole listing shows it, walking every page. */
    Optional<ConversationSummary> listed(ConversationId id) {
        return port().streamConversations(ConversationListQuery.all().withLimit(ConversationListQuery.MAX_LIMIT))
                .filter(s -> id.equals(s.id()))
                .findFirst();
    }

    /** The conversation as the listing shows it, failing with the rule when it is not listed. */
    ConversationSummary listedOrFail(ConversationId id, String ruleId) {
        return listed(id).orElseGet(() -> fail(rule(ruleId, "conversation " + id
                + " must be listed by listConversations, but no page held it")));
    }

    // ---- failures -----------------------------------------------------------------------------

    /** A failure description naming the rule: {@code "rule list_03: <what the contract expects>"}. */
    static String rule(String id, String expectation) {
        return "rule " + id + ": " + expectation;
    }

    /**
     * Asserts that {@code call} throws {@code type}; the failure says what the call did instead
     * (returned a value, returned normally, threw something else).
     */
    static <T extends Throwable> T assertRefused(Class<T> type, String description, Supplier<?> call) {
        Object returned;
        try {
            returned = call.get();
        } catch (Throwable thrown) {
            assertThat(thrown).as(description + "; expected " + type.getSimpleName() + " but " + thrown + " was thrown")
                    .isInstanceOf(type);
            return type.cast(thrown);
        }
        return fail(description + "; expected " + type.getSimpleName() + " but the call "
                + (returned == null ? "returned normally" : "returned " + returned));
    }

    /** {@link #assertRefused} for a call that returns nothing. */
    static <T extends Throwable> T assertRefused(Class<T> type, String description, Runnable call) {
        return assertRefused(type, description, () -> {
            call.run();
            return null;
        });
    }
}
