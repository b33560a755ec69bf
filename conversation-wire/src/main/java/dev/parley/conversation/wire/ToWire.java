package dev.parley.conversation.wire;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Cart;
import dev.parley.conversation.domain.CartContact;
import dev.parley.conversation.domain.CartItem;
import dev.parley.conversation.domain.CartTotals;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.CustomerProfile;
import dev.parley.conversation.domain.DeliveryStatus;
import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageType;
import dev.parley.conversation.domain.Money;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.PageView;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.PostalAddress;
import dev.parley.conversation.domain.QueueAgent;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.SessionStart;
import dev.parley.conversation.domain.SessionUtm;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.TransportStatus;
import dev.parley.conversation.domain.TwilioAccount;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.util.List;
import java.util.function.Function;

/**
 * Domain values to UltraCart's JSON models. Absent ({@code null}) values are left null, so Moshi
 * omits them; lists are written even when empty, except where UltraCart's shape needs them gone
 * (a context with no page views, so that {@link WebchatContext#EMPTY} is {@code {}}). An enumeration's
 * {@code UNKNOWN} has no UltraCart spelling and is omitted like an absent value.
 */
final class ToWire {
    /** Wrapped responses carry {@code metadata}; only a listing has something to put in it. */
    private static final Dto.ResponseMetadata NO_METADATA = new Dto.ResponseMetadata(null);

    private ToWire() {
    }

    // ---- responses

    static Dto.ConversationsResponse conversations(Page<ConversationSummary> page) {
        return new Dto.ConversationsResponse(list(page.items(), ToWire::listed), listingMetadata(page), true);
    }

    /** A listing's answer without its items: the envelope {@link UltraCartJson#writeConversations} fills. */
    static Dto.ConversationsResponse listingEnvelope(Page<ConversationSummary> page) {
        return new Dto.ConversationsResponse(List.of(), listingMetadata(page), true);
    }

    private static Dto.ResponseMetadata listingMetadata(Page<ConversationSummary> page) {
        boolean more = page.nextOffset() != null;
        Dto.ResultSet resultSet = new Dto.ResultSet(
                page.items().size(),
                page.limit(),
                more,
                page.nextOffset(),
                page.offset(),
                page.totalRecords());
        return new Dto.ResponseMetadata(resultSet);
    }

    static Dto.ConversationResponse conversation(Conversation conversation) {
        return new Dto.ConversationResponse(
                conversation(conversation.summary(), conversation, list(conversation.messages(), ToWire::message)),
                NO_METADATA, true);
    }

    /** The conversation's response with an empty {@code messages}, for a writer to put messages kept as JSON in. */
    static Dto.ConversationResponse conversationEnvelope(Conversation conversation) {
        return new Dto.ConversationResponse(conversation(conversation.summary(), conversation, List.of()), NO_METADATA, true);
    }

    static Dto.ConversationStartResponse startedConversation(Conversation conversation) {
        return new Dto.ConversationStartResponse(
                conversation(conversation.summary(), conversation, list(conversation.messages(), ToWire::message)));
    }

    static Dto.ConversationMessagesResponse messages(List<Message> messages) {
        return new Dto.ConversationMessagesResponse(list(messages, ToWire::message), NO_METADATA, true);
    }

    /** The messages' response with an empty list, for a writer to put messages kept as JSON in. */
    static Dto.ConversationMessagesResponse messagesEnvelope() {
        return new Dto.ConversationMessagesResponse(List.of(), NO_METADATA, true);
    }

    static Dto.ConversationAgentAuthResponse agentAuthorization(AgentAuthorization auth) {
        return new Dto.ConversationAgentAuthResponse(
                new Dto.ConversationAgentAuth(
                        auth.agentArn().value(),
                        auth.agentName(),
                        auth.jwt(),
                        auth.merchantId() == null ? null : auth.merchantId().value(),
                        list(auth.twilioAccounts(), ToWire::twilioAccount),
                        auth.websocketUrl() == null ? null : auth.websocketUrl().toString()),
                NO_METADATA,
                true);
    }

    static Dto.ConversationMultimediaUploadUrlResponse uploadUrl(UploadUrl upload) {
        return new Dto.ConversationMultimediaUploadUrlResponse(
                new Dto.ConversationMultimediaUploadUrl(upload.key().value(), upload.url().toString()),
                NO_METADATA,
                true);
    }

    static Dto.ConversationWebchatQueueStatusesResponse queueStatuses(List<QueueStatus> statuses) {
        return new Dto.ConversationWebchatQueueStatusesResponse(list(statuses, ToWire::queueStatus), NO_METADATA, true);
    }

    static Dto.ConversationWebchatContext webchatContext(WebchatContext context) {
        return new Dto.ConversationWebchatContext(
                context.cart() == null ? null : cart(context.cart()),
                context.currentUrl(),
                context.pageViews().isEmpty() ? null : list(context.pageViews(), ToWire::pageView),
                context.sessionStart() == null ? null : sessionStart(context.sessionStart()),
                context.sessionUtm() == null ? null : sessionUtm(context.sessionUtm()));
    }

    static Dto.ErrorResponse error(ErrorDetails details) {
        return new Dto.ErrorResponse(
                new Dto.Error(
                        details.developerMessage(),
                        details.errorCode(),
                        details.moreInfo(),
                        details.objectId(),
                        details.userMessage()),
                false);
    }

    // ---- requests

    static Dto.ConversationStartRequest startRequest(StartConversationRequest request) {
        return new Dto.ConversationStartRequest(
                list(request.participantArns(), arn -> arn.value()),
                request.conversationArn() == null ? null : request.conversationArn().value(),
                request.queueId() == null ? null : request.queueId().value());
    }

    /** @throws IllegalArgumentException for {@link AgentStatus#UNKNOWN}: a request must name a real status */
    static Dto.ConversationWebchatQueueStatusUpdateRequest queueStatusUpdate(AgentStatus status) {
        if (status == AgentStatus.UNKNOWN) {
            throw new IllegalArgumentException(
                    "agent status must be AVAILABLE, BUSY or UNAVAILABLE to be sent but was UNKNOWN");
        }
        return new Dto.ConversationWebchatQueueStatusUpdateRequest(status.value());
    }

    // ---- realtime frames

    /**
     * A frame a server sends: an event, a ping or a refusal.
     *
     * @throws IllegalArgumentException for a frame only an agent sends, or an {@link ConversationEvent.Unrecognized}
     */
    static Dto.ConversationWebsocketMessage serverFrame(RealtimeFrame frame) {
        if (frame instanceof RealtimeFrame.Event event) {
            return event(event.event());
        }
        if (frame instanceof RealtimeFrame.Ping) {
            return new Frame("ping").build();
        }
        if (frame instanceof RealtimeFrame.Refusal refusal) {
            Frame refused = new Frame("event").eventType("updated message").conversation(refusal.conversation());
            refused.updatedMessage = new Dto.ConversationMessage(null, null, RefusalBodies.write(refusal),
                    refusal.clientMessageId(), null, null, null, null, null, null, null, MessageType.NOTICE.value(), null);
            return refused.build();
        }
        throw new IllegalArgumentException("A server does not send " + frame.getClass().getSimpleName()
                + " frames, only Event, Ping and Refusal: write it with UltraCartJson.agentFrame()");
    }

    /**
     * A frame an agent sends: a message, typing or a ping.
     *
     * @throws IllegalArgumentException for a frame only a server sends
     */
    static Dto.ConversationWebsocketMessage agentFrame(RealtimeFrame frame) {
        if (frame instanceof RealtimeFrame.SendMessage send) {
            OutgoingMessage message = send.message();
            Frame sent = new Frame("message").conversation(message.conversation());
            sent.message = new Dto.ConversationMessage(null, null, message.body(), message.clientMessageId(),
                    null, null, null, null, null, null, null, null, list(message.uploadKeys(), key -> key.value()));
            return sent.build();
        }
        if (frame instanceof RealtimeFrame.SendTyping typing) {
            Frame typed = new Frame("event").eventType("typing").conversation(typing.conversation());
            typed.typing = new Dto.ConversationEventTyping(null, null, typing.value());
            return typed.build();
        }
        if (frame instanceof RealtimeFrame.Ping) {
            return new Frame("ping").build();
        }
        throw new IllegalArgumentException("An agent does not send " + frame.getClass().getSimpleName()
                + " frames, only SendMessage, SendTyping and Ping: write it with UltraCartJson.serverFrame()");
    }

    /** A new message is a {@code message} frame; every other event an {@code event} frame naming its conversation. */
    private static Dto.ConversationWebsocketMessage event(ConversationEvent event) {
        if (event instanceof ConversationEvent.NewMessage newMessage) {
            Frame frame = new Frame("message").conversation(newMessage.conversation());
            frame.message = message(newMessage.message());
            return frame.build();
        }
        if (event instanceof ConversationEvent.Unrecognized unrecognized) {
            throw new IllegalArgumentException("An unrecognized event (type " + unrecognized.type() + ", event_type "
                    + unrecognized.eventType() + ") cannot be written: Parley does not know its payload");
        }
        Frame frame = new Frame("event").conversation(event.conversationId());
        if (event instanceof ConversationEvent.NewConversation started) {
            frame.eventType("new conversation").newConversation = listed(started.summary());
        } else if (event instanceof ConversationEvent.NewMessageSummary summary) {
            frame.eventType("new message").newMessage = listed(summary.summary());
        } else if (event instanceof ConversationEvent.ParticipantUpdate update) {
            frame.eventType("participant update").participantUpdate = listed(update.summary());
        } else if (event instanceof ConversationEvent.ConversationClosed closed) {
            frame.eventType("conversation closed").conversationClosed = listed(closed.summary());
        } else if (event instanceof ConversationEvent.QueueStatusUpdate queue) {
            frame.eventType("queue status update").queueStatusUpdate = queueStatus(queue.queue());
        } else if (event instanceof ConversationEvent.MessagesRead read) {
            frame.eventType("read message");
            if (read.newestRead() != null || read.newestReadAt() != null) {
                frame.readMessage = new Dto.ConversationEventReadMessage(
                        read.newestRead() == null ? null : read.newestRead().value(),
                        read.newestReadAt(),
                        read.newestReadAt() == null ? null : read.newestReadAt().toEpochMilli());
            }
        } else if (event instanceof ConversationEvent.Typing typing) {
            frame.eventType("typing").typing = new Dto.ConversationEventTyping(
                    typing.author() == null ? null : typing.author().value(), typing.authorName(), typing.value());
        } else if (event instanceof ConversationEvent.WebchatContextChanged context) {
            frame.eventType("webchat context").webchatContext = new Dto.ConversationEventWebchatContext(
                    context.cartId() == null ? null : context.cartId().value(), context.ucacid(), context.url());
        } else if (event instanceof ConversationEvent.MessageUpdated updated) {
            frame.eventType("updated message").updatedMessage = message(updated.message());
        }
        return frame.build();
    }

    /** The frame record has a field per payload; each frame sets a few. */
    private static final class Frame {
        private final String type;
        private String eventType;
        private String conversationUuid;
        private Dto.Conversation conversationClosed;
        private Dto.Conversation newConversation;
        private Dto.Conversation newMessage;
        private Dto.Conversation participantUpdate;
        private Dto.ConversationWebchatQueueStatus queueStatusUpdate;
        private Dto.ConversationEventReadMessage readMessage;
        private Dto.ConversationEventTyping typing;
        private Dto.ConversationMessage updatedMessage;
        private Dto.ConversationEventWebchatContext webchatContext;
        private Dto.ConversationMessage message;

        Frame(String type) {
            this.type = type;
        }

        Frame eventType(String value) {
            eventType = value;
            return this;
        }

        Frame conversation(ConversationId conversation) {
            conversationUuid = conversation == null ? null : conversation.value();
            return this;
        }

        Dto.ConversationWebsocketMessage build() {
            return new Dto.ConversationWebsocketMessage(conversationUuid, conversationClosed, newConversation,
                    newMessage, participantUpdate, queueStatusUpdate, readMessage, eventType, typing, updatedMessage,
                    webchatContext, message, type);
        }
    }

    // ---- models

    /** A summary alone writes a {@code ConversationSummary}; with its conversation, a {@code Conversation}. */
    /** A summary as a listing holds it. */
    static Dto.Conversation listed(ConversationSummary summary) {
        return conversation(summary, null, null);
    }

    private static Dto.Conversation conversation(
            ConversationSummary summary, Conversation whole, List<Dto.ConversationMessage> messages) {
        return new Dto.Conversation(
                whole == null ? null : whole.baseLanguageIsoCode(),
                summary.closed(),
                summary.arn() == null ? null : summary.arn().value(),
                summary.id().value(),
                summary.lastMessageBody(),
                summary.lastParticipantArn() == null ? null : summary.lastParticipantArn().value(),
                summary.lastParticipantName(),
                summary.lastInteractiveMessageAt(),
                summary.lastMessageAt(),
                summary.medium() == null || summary.medium() == Medium.UNKNOWN ? null : summary.medium().value(),
                summary.merchantId() == null ? null : summary.merchantId().value(),
                summary.messageCount(),
                messages,
                list(summary.participants(), ToWire::participant),
                summary.startedAt(),
                summary.unreadMessages(),
                summary.visible());
    }

    private static Dto.ConversationParticipant participant(Participant participant) {
        return new Dto.ConversationParticipant(
                participant.arn().value(),
                participant.name(),
                participant.id() == null ? null : participant.id().value(),
                participant.joinedAt(),
                participant.lastMessageAt(),
                participant.leftAt(),
                participant.profileImageUrl(),
                participant.status(),
                participant.timezone(),
                participant.unreadMessages());
    }

    /** Both {@code message_dts} and {@code message_epoch}: UltraCart sends the instant twice. */
    static Dto.ConversationMessage message(Message message) {
        return new Dto.ConversationMessage(
                message.author() == null ? null : message.author().value(),
                message.authorName(),
                message.body(),
                message.clientMessageId(),
                message.id() == null ? null : message.id().value(),
                message.delayUntil(),
                message.mediaUrls(),
                message.merchantId() == null ? null : message.merchantId().value(),
                message.sentAt(),
                message.epochMillis(),
                list(message.transportStatuses(), ToWire::transportStatus),
                message.type() == null || message.type() == MessageType.UNKNOWN ? null : message.type().value(),
                list(message.uploadKeys(), key -> key.value()));
    }

    private static Dto.ConversationMessageTransportStatus transportStatus(TransportStatus status) {
        return new Dto.ConversationMessageTransportStatus(
                status.participant() == null ? null : status.participant().value(),
                status.status() == null || status.status() == DeliveryStatus.UNKNOWN ? null : status.status().value());
    }

    private static Dto.ConversationTwilioAccount twilioAccount(TwilioAccount account) {
        return new Dto.ConversationTwilioAccount(
                account.merchantId() == null ? null : account.merchantId().value(),
                account.phoneNumbers());
    }

    private static Dto.ConversationWebchatQueueStatus queueStatus(QueueStatus status) {
        return new Dto.ConversationWebchatQueueStatus(
                status.agentAvailableCount(),
                status.agentBusyCount(),
                status.agentCount(),
                status.agentUnavailableCount(),
                list(status.agents(), ToWire::queueAgent),
                status.customerAbandonCount(),
                status.customerActiveCount(),
                status.customerAverageAbandonTimeSeconds(),
                status.customerAverageChatTimeSeconds(),
                status.customerAverageHoldTimeSeconds(),
                status.customerChatCount(),
                status.customerWaitingCount(),
                status.customerWaitingSince(),
                list(status.entries(), ToWire::queueEntry),
                status.name().value());
    }

    private static Dto.ConversationWebchatQueueStatusAgent queueAgent(QueueAgent agent) {
        return new Dto.ConversationWebchatQueueStatusAgent(
                agent.status() == null || agent.status() == AgentStatus.UNKNOWN ? null : agent.status().value(),
                agent.arn().value(),
                agent.name(),
                agent.lastChatAt(),
                agent.nextRoundRobin(),
                agent.profileImageUrl());
    }

    private static Dto.ConversationWebchatQueueStatusQueueEntry queueEntry(QueueEntry entry) {
        return new Dto.ConversationWebchatQueueStatusQueueEntry(
                entry.customerArn() == null ? null : entry.customerArn().value(),
                entry.name(),
                entry.queueId() == null ? null : entry.queueId().value(),
                entry.email(),
                entry.joinedAt(),
                entry.question());
    }

    private static Dto.HitPageView pageView(PageView view) {
        return new Dto.HitPageView(
                view.bounce(),
                list(view.metadata(), entry -> new Dto.HitPageViewMetaData(entry.key(), entry.value())),
                view.method(),
                view.prefetch(),
                view.query(),
                view.recording(),
                view.redirect(),
                view.referrer(),
                view.timeOnPage(),
                view.title(),
                view.url());
    }

    private static Dto.HitSessionStart sessionStart(SessionStart start) {
        return new Dto.HitSessionStart(
                start.bot(),
                start.bounce(),
                start.channel(),
                start.deviceSwitchDetected(),
                start.fakeBot(),
                start.geolocationCountry(),
                start.geolocationLatitude(),
                start.geolocationLongitude(),
                start.geolocationProvince(),
                start.noCookieSupport(),
                start.prefetch(),
                start.referrer(),
                start.screenHeight(),
                start.screenWidth(),
                start.timeOnSite(),
                start.userAgent(),
                start.userIp());
    }

    private static Dto.HitSessionUtm sessionUtm(SessionUtm utm) {
        return new Dto.HitSessionUtm(
                utm.fbAdId(),
                utm.fbclid(),
                utm.gbraid(),
                utm.gclid(),
                utm.msclkid(),
                utm.ttclid(),
                utm.ucMessageId(),
                utm.utmCampaign(),
                utm.utmContent(),
                utm.utmId(),
                utm.utmMedium(),
                utm.utmSource(),
                utm.utmTerm(),
                utm.vmcid(),
                utm.wbraid());
    }

    // ---- the cart

    private static Dto.Cart cart(Cart cart) {
        return new Dto.Cart(
                cart.baseCurrencyCode(),
                cart.billing() == null ? null : cartContact(cart.billing()),
                cart.id() == null ? null : cart.id().value(),
                list(cart.couponCodes(), Dto.CartCoupon::new),
                cart.currencyCode(),
                cart.customerProfile() == null ? null : customerProfile(cart.customerProfile()),
                list(cart.items(), ToWire::cartItem),
                cart.languageIsoCode(),
                cart.loggedIn(),
                cart.merchantId() == null ? null : cart.merchantId().value(),
                cart.shipping() == null ? null : cartContact(cart.shipping()),
                cart.totals() == null ? null : cartSummary(cart.totals()));
    }

    /** Billing or shipping; the domain guarantees a shipping contact has no email. */
    private static Dto.CartContact cartContact(CartContact contact) {
        PostalAddress address = contact.address();
        return new Dto.CartContact(
                address == null ? null : address.address1(),
                address == null ? null : address.address2(),
                address == null ? null : address.city(),
                contact.company(),
                address == null ? null : address.countryCode(),
                contact.dayPhone(),
                contact.email(),
                contact.eveningPhone(),
                contact.firstName(),
                contact.lastName(),
                address == null ? null : address.postalCode(),
                address == null ? null : address.stateRegion());
    }

    /** The profile's name goes out as its first billing address, where UltraCart keeps it. */
    private static Dto.CartCustomerProfile customerProfile(CustomerProfile profile) {
        boolean named = profile.firstName() != null || profile.lastName() != null;
        return new Dto.CartCustomerProfile(
                named ? List.of(new Dto.CartCustomerProfileAddress(profile.firstName(), profile.lastName())) : null,
                profile.profileId(),
                profile.email());
    }

    private static Dto.CartItem cartItem(CartItem item) {
        return new Dto.CartItem(
                item.imageUrl(),
                item.description(),
                money(item.discount()),
                item.itemId(),
                list(item.options(),
                        option -> new Dto.CartItemOption(option.label(), option.name(), option.selectedValue())),
                item.quantity(),
                money(item.totalCost()),
                money(item.unitCost()),
                item.viewUrl());
    }

    private static Dto.CartSummary cartSummary(CartTotals totals) {
        return new Dto.CartSummary(
                money(totals.shippingHandling()),
                money(totals.shippingHandlingDiscount()),
                money(totals.shippingHandlingWithDiscount()),
                money(totals.subtotal()),
                money(totals.subtotalDiscount()),
                money(totals.subtotalWithDiscount()),
                money(totals.tax()),
                money(totals.total()));
    }

    private static Dto.Currency money(Money money) {
        if (money == null) {
            return null;
        }
        return new Dto.Currency(
                money.currencyCode(), money.exchangeRate(), money.localized(), money.localizedFormatted(), money.value());
    }

    private static <T, D> List<D> list(List<T> values, Function<T, D> map) {
        return values.stream().map(map).toList();
    }
}
