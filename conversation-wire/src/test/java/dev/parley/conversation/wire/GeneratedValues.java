package dev.parley.conversation.wire;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartContact;
import dev.parley.conversation.domain.CartId;
import dev.parley.conversation.domain.CartItem;
import dev.parley.conversation.domain.CartItemOption;
import dev.parley.conversation.domain.CartTotals;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationArn;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.CustomerProfile;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageId;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.Money;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.PageView;
import dev.parley.conversation.domain.PageViewMetadata;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.ParticipantId;
import dev.parley.conversation.domain.PostalAddress;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueId;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.SessionStart;
import dev.parley.conversation.domain.SessionUtm;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.TwilioAccount;
import dev.parley.conversation.domain.UploadKey;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Random domain values over the whole model, reproducible from a seed: every record, every optional
 * component both absent and present, empty and full lists, every known enumeration constant, awkward
 * text (quotes, escapes, control characters, non-ASCII, emoji) and decimals of any scale. Values are
 * what a server can send, so they survive a round trip: instants at millisecond precision, no
 * {@code UNKNOWN} (which has no spelling), no address without a single field (which reads as none).
 */
final class GeneratedValues {
    private static final String[] AWKWARD = {
        "", " ", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "é", "ß", "日本", "😀", "\u2028", "<b>", "{}", "null",
    };

    private final Random random;

    GeneratedValues(long seed) {
        this.random = new Random(seed);
    }

    // ---- bodies

    Page<ConversationSummary> page() {
        List<ConversationSummary> items = list(4, this::summary);
        int offset = random.nextInt(1000);
        Integer next = random.nextBoolean() ? offset + 1 + random.nextInt(500) : null;
        return new Page<>(items, offset, random.nextInt(201), maybe(() -> random.nextInt(5000)), next);
    }

    Conversation conversation() {
        return new Conversation(summary(), maybe(() -> oneOf("en", "es", "fr-CA")), list(4, this::message));
    }

    List<Message> messages() {
        return list(5, this::message);
    }

    WebchatContext context() {
        return new WebchatContext(
                maybe(this::cart), maybe(this::url), list(3, this::pageView), maybe(this::sessionStart),
                maybe(this::sessionUtm));
    }

    AgentAuthorization agentAuthorization() {
        return new AgentAuthorization(
                participantArn(), maybe(this::text), maybe(this::merchantId), "eyJ" + token() + "." + token() + "." + token(),
                maybe(() -> URI.create("wss://" + token() + ".example.com/ws?x=" + token())),
                list(2, () -> new TwilioAccount(maybe(this::merchantId), list(3, this::phone))));
    }

    UploadUrl uploadUrl() {
        return new UploadUrl(UploadKey.of(token()),
                URI.create("https://uploads.example.com/" + token() + ".jpg?X-Amz-Signature=" + token()));
    }

    List<QueueStatus> queueStatuses() {
        return list(3, this::queueStatus);
    }

    ErrorDetails error() {
        return new ErrorDetails(maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text),
                maybe(this::text));
    }

    StartConversationRequest startRequest() {
        List<ParticipantArn> arns = list(3, this::participantArn);
        QueueId queue = arns.isEmpty() || random.nextBoolean() ? QueueId.of(token()) : null;
        return new StartConversationRequest(arns, maybe(() -> ConversationArn.of("arn:" + token())), queue);
    }

    AgentStatus agentStatus() {
        return known(AgentStatus.values());
    }

    /** Every frame a server sends: each event (but the unrecognized, which cannot be written), a ping, a refusal. */
    RealtimeFrame serverFrame() {
        ConversationId conversation = ConversationId.of(token());
        return switch (random.nextInt(12)) {
            case 0 -> new RealtimeFrame.Event(new ConversationEvent.NewConversation(summary()));
            case 1 -> new RealtimeFrame.Event(new ConversationEvent.NewMessage(conversation, message()));
            case 2 -> new RealtimeFrame.Event(new ConversationEvent.NewMessageSummary(summary()));
            case 3 -> new RealtimeFrame.Event(new ConversationEvent.ParticipantUpdate(summary()));
            case 4 -> new RealtimeFrame.Event(new ConversationEvent.QueueStatusUpdate(queueStatus()));
            case 5 -> new RealtimeFrame.Event(new ConversationEvent.MessagesRead(
                    conversation, maybe(() -> MessageId.of(token())), maybe(this::instant)));
            case 6 -> new RealtimeFrame.Event(new ConversationEvent.Typing(
                    conversation, maybe(this::participantArn), maybe(this::text), maybe(this::text)));
            case 7 -> new RealtimeFrame.Event(new ConversationEvent.ConversationClosed(summary()));
            case 8 -> new RealtimeFrame.Event(new ConversationEvent.WebchatContextChanged(
                    conversation, maybe(() -> CartId.of(token())), maybe(this::token), maybe(this::url)));
            case 9 -> new RealtimeFrame.Event(new ConversationEvent.MessageUpdated(conversation, message()));
            case 10 -> RealtimeFrame.PING;
            default -> random.nextBoolean()
                    ? RealtimeFrame.Refusal.of(conversation, maybe(this::token), null, text())
                    : RealtimeFrame.Refusal.of(conversation, maybe(this::token),
                            oneOf(MessageRefusedException.Reason.values()), text());
        };
    }

    /** Every frame an agent sends. */
    RealtimeFrame agentFrame() {
        ConversationId conversation = ConversationId.of(token());
        return switch (random.nextInt(3)) {
            case 0 -> new RealtimeFrame.SendMessage(new OutgoingMessage(
                    conversation, maybe(this::text), token(), list(3, () -> UploadKey.of(token()))));
            case 1 -> new RealtimeFrame.SendTyping(conversation, maybe(this::text));
            default -> RealtimeFrame.PING;
        };
    }

    // ---- models

    ConversationSummary summary() {
        return new ConversationSummary(
                ConversationId.of(token()),
                maybe(() -> ConversationArn.of("arn:aws:conversation:" + token())),
                maybe(this::merchantId),
                maybe(() -> known(Medium.values())),
                random.nextBoolean(),
                random.nextBoolean(),
                random.nextBoolean(),
                maybe(this::instant),
                maybe(this::instant),
                maybe(this::instant),
                maybe(this::text),
                maybe(this::participantArn),
                maybe(this::text),
                random.nextInt(Integer.MAX_VALUE),
                list(3, this::participant));
    }

    Participant participant() {
        return new Participant(
                maybe(() -> ParticipantId.of(token())), participantArn(), maybe(this::text), maybe(this::instant),
                maybe(this::instant), maybe(this::instant), maybe(this::url), maybe(this::text),
                maybe(() -> oneOf("America/New_York", "UTC", "Asia/Kolkata")), random.nextInt(100));
    }

    Message message() {
        return new Message(
                maybe(() -> MessageId.of(token())),
                maybe(this::merchantId),
                maybe(this::participantArn),
                maybe(this::text),
                maybe(this::text),
                maybe(this::token),
                instant(),
                maybe(this::instant),
                maybe(() -> known(MessageType.values())),
                list(2, this::url),
                list(2, () -> UploadKey.of(token())),
                list(3, () -> new TransportStatus(maybe(this::participantArn), maybe(() -> known(DeliveryStatus.values())))));
    }

    QueueStatus queueStatus() {
        return new QueueStatus(
                QueueName.of(token()), count(), count(), count(), count(), list(3, this::queueAgent), count(), count(),
                count(), count(), count(), count(), count(), maybe(this::instant), list(3, this::queueEntry));
    }

    QueueAgent queueAgent() {
        return new QueueAgent(participantArn(), maybe(this::text), maybe(() -> known(AgentStatus.values())),
                maybe(this::instant), random.nextBoolean(), maybe(this::url));
    }

    QueueEntry queueEntry() {
        return new QueueEntry(maybe(this::participantArn), maybe(this::text), maybe(() -> QueueId.of(token())),
                maybe(this::text), maybe(this::instant), maybe(this::text));
    }

    PageView pageView() {
        return new PageView(
                maybe(this::url), maybe(this::text), maybe(this::text), maybe(() -> oneOf("GET", "POST")),
                maybe(this::url), maybe(this::finiteDouble), maybe(random::nextBoolean), maybe(random::nextBoolean),
                maybe(random::nextBoolean), maybe(random::nextBoolean),
                list(3, () -> new PageViewMetadata(maybe(this::text), maybe(this::text))));
    }

    SessionStart sessionStart() {
        return new SessionStart(
                maybe(this::text), maybe(this::url), maybe(this::text), maybe(() -> "203.0.113." + random.nextInt(256)),
                maybe(this::text), maybe(this::text), maybe(this::finiteDouble), maybe(this::finiteDouble),
                maybe(random::nextInt), maybe(random::nextInt), maybe(this::finiteDouble), maybe(random::nextBoolean),
                maybe(random::nextBoolean), maybe(random::nextBoolean), maybe(random::nextBoolean),
                maybe(random::nextBoolean), maybe(random::nextBoolean));
    }

    SessionUtm sessionUtm() {
        return new SessionUtm(
                maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text),
                maybe(this::text), maybe(this::token), maybe(this::token), maybe(this::token), maybe(this::token),
                maybe(this::token), maybe(this::token), maybe(this::token), maybe(this::token), maybe(this::token));
    }

    Cart cart() {
        return new Cart(
                maybe(() -> CartId.of(token())), maybe(this::merchantId), maybe(this::currency), maybe(this::currency),
                maybe(() -> oneOf("en", "de", "pt-BR")), maybe(random::nextBoolean), list(3, this::cartItem),
                list(3, this::text), maybe(this::cartTotals), maybe(() -> contact(maybe(this::text))),
                maybe(() -> contact(null)), maybe(this::customerProfile));
    }

    CartItem cartItem() {
        return new CartItem(
                maybe(this::token), maybe(this::text), maybe(this::decimal), maybe(this::money), maybe(this::money),
                maybe(this::money),
                list(3, () -> new CartItemOption(maybe(this::text), maybe(this::text), maybe(this::text))),
                maybe(this::url), maybe(this::url));
    }

    CartTotals cartTotals() {
        return new CartTotals(maybe(this::money), maybe(this::money), maybe(this::money), maybe(this::money),
                maybe(this::money), maybe(this::money), maybe(this::money), maybe(this::money));
    }

    CartContact contact(String email) {
        return new CartContact(maybe(this::text), maybe(this::text), maybe(this::text), email, maybe(this::phone),
                maybe(this::phone), maybe(this::address));
    }

    /** An address with at least one field: one with none is no address at all on the wire. */
    PostalAddress address() {
        PostalAddress address = new PostalAddress(maybe(this::text), maybe(this::text), maybe(this::text),
                maybe(this::text), maybe(this::token), maybe(() -> oneOf("US", "CA", "DE")));
        return address.equals(new PostalAddress(null, null, null, null, null, null))
                ? new PostalAddress(text(), null, null, null, null, null)
                : address;
    }

    CustomerProfile customerProfile() {
        return new CustomerProfile(maybe(random::nextInt), maybe(this::text), maybe(this::text), maybe(this::text));
    }

    Money money() {
        return new Money(decimal(), maybe(this::currency), maybe(this::decimal), maybe(this::text), maybe(this::decimal));
    }

    // ---- scalars

    /** Any unscaled value and scale, including negative scales and trailing zeros ({@code 19.90}, {@code 1E+3}). */
    BigDecimal decimal() {
        return new BigDecimal(new BigInteger(random.nextInt(70) + 1, random).subtract(BigInteger.valueOf(random.nextInt(1000))),
                random.nextInt(24) - 6);
    }

    /** Millisecond precision, from 1900 to 2200 (before the epoch included: negative {@code message_epoch}). */
    Instant instant() {
        long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2200-01-01T00:00:00Z").toEpochMilli();
        return Instant.ofEpochMilli(from + (long) (random.nextDouble() * (to - from)));
    }

    String text() {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            text.append(random.nextBoolean() ? oneOf(AWKWARD) : token());
        }
        return text.toString();
    }

    String token() {
        return Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    private ParticipantArn participantArn() {
        return ParticipantArn.of("arn:aws:connect:us-east-1:" + token());
    }

    private MerchantId merchantId() {
        return MerchantId.of(token().toUpperCase());
    }

    private String url() {
        return "https://shop.example.com/" + token();
    }

    private String phone() {
        return "+1555" + (1000000 + random.nextInt(9000000));
    }

    private String currency() {
        return oneOf("USD", "EUR", "JPY", "CAD");
    }

    private int count() {
        return random.nextInt(50);
    }

    private double finiteDouble() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(1000);
            case 1 -> -0.0;
            case 2 -> Double.MIN_VALUE * random.nextInt(10);
            default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
        };
    }

    // ---- combinators

    /** Absent about a third of the time. */
    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(3) == 0 ? null : value.get();
    }

    /** Up to {@code max} elements, often none. */
    private <T> List<T> list(int max, Supplier<T> element) {
        int size = random.nextInt(max + 1);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(element.get());
        }
        return values;
    }

    @SafeVarargs
    private <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A constant with an UltraCart spelling (never {@code UNKNOWN}). */
    private <E extends Enum<E>> E known(E[] constants) {
        List<E> known = Arrays.stream(constants).filter(constant -> !constant.name().equals("UNKNOWN")).toList();
        return known.get(random.nextInt(known.size()));
    }

    /** Applies {@code make} to a fresh generator per seed: the values of one case. */
    static <T> T from(long seed, Function<GeneratedValues, T> make) {
        return make.apply(new GeneratedValues(seed));
    }
}
