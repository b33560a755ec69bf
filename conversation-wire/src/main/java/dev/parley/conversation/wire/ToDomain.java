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
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * UltraCart's JSON models to domain values. This is where values are validated: every failure is a
 * {@link MappingException} naming the JSON path (paths start at {@code "$"}, as Moshi's do).
 *
 * <p>Absent and {@code null} read alike; a {@code null} inside a response's list is skipped. Defaults where the domain has no "absent": booleans
 * {@code closed} and {@code unread_messages} false, {@code visible} true, {@code next_round_robin}
 * false, counts 0, lists empty. Enumeration values this version does not know read as {@code UNKNOWN}.
 */
final class ToDomain {
    private static final Where ROOT = Where.ROOT;

    private ToDomain() {
    }

    // ---- responses

    static Page<ConversationSummary> conversations(Dto.ConversationsResponse dto) {
        List<ConversationSummary> items = list(dto.conversations(), at(ROOT, "conversations"), ToDomain::summary);
        Dto.ResultSet resultSet = dto.metadata() == null ? null : dto.metadata().resultSet();
        if (resultSet == null) {
            return new Page<>(items, 0, items.size(), null, null);
        }
        Where path = at(at(ROOT, "metadata"), "result_set");
        int offset = orDefault(resultSet.offset(), 0);
        int limit = orDefault(resultSet.limit(), items.size());
        Integer nextOffset;
        if (Boolean.TRUE.equals(resultSet.more())) {
            nextOffset = resultSet.nextOffset() != null
                    ? resultSet.nextOffset()
                    : offset + orDefault(resultSet.count(), items.size());
        } else if (resultSet.more() == null) {
            nextOffset = resultSet.nextOffset();
        } else {
            nextOffset = null;
        }
        return build(path, () -> new Page<>(items, offset, limit, resultSet.totalRecords(), nextOffset));
    }

    static Conversation conversation(Dto.ConversationResponse dto) {
        return conversation(required(dto.conversation(), at(ROOT, "conversation")), at(ROOT, "conversation"));
    }

    static Conversation startedConversation(Dto.ConversationStartResponse dto) {
        return conversation(required(dto.conversation(), at(ROOT, "conversation")), at(ROOT, "conversation"));
    }

    static List<Message> messages(Dto.ConversationMessagesResponse dto) {
        return list(dto.conversationMessages(), at(ROOT, "conversation_messages"), ToDomain::message);
    }

    static AgentAuthorization agentAuthorization(Dto.ConversationAgentAuthResponse dto) {
        Where path = at(ROOT, "agent_auth");
        Dto.ConversationAgentAuth auth = required(dto.agentAuth(), path);
        return build(path, () -> new AgentAuthorization(
                required(value(auth.conversationParticipantArn(), at(path, "conversation_participant_arn"),
                        ParticipantArn::new), at(path, "conversation_participant_arn")),
                auth.conversationParticipantName(),
                value(auth.merchantId(), at(path, "merchant_id"), MerchantId::new),
                required(auth.jwt(), at(path, "jwt")),
                uri(auth.websocketUrl(), at(path, "websocket_url")),
                list(auth.twilioAccounts(), at(path, "twilio_accounts"), ToDomain::twilioAccount)));
    }

    static UploadUrl uploadUrl(Dto.ConversationMultimediaUploadUrlResponse dto) {
        Where path = at(ROOT, "conversation_multimedia_upload_url");
        Dto.ConversationMultimediaUploadUrl upload = required(dto.uploadUrl(), path);
        return new UploadUrl(
                required(value(upload.key(), at(path, "key"), UploadKey::new), at(path, "key")),
                required(uri(upload.url(), at(path, "url")), at(path, "url")));
    }

    static List<QueueStatus> queueStatuses(Dto.ConversationWebchatQueueStatusesResponse dto) {
        return list(dto.queueStatuses(), at(ROOT, "queue_statuses"), ToDomain::queueStatus);
    }

    static WebchatContext webchatContext(Dto.ConversationWebchatContext dto) {
        return new WebchatContext(
                dto.cart() == null ? null : cart(dto.cart(), at(ROOT, "cart")),
                dto.currentUrl(),
                list(dto.pageView(), at(ROOT, "page_view"), ToDomain::pageView),
                dto.sessionStart() == null ? null : sessionStart(dto.sessionStart()),
                dto.sessionUtm() == null ? null : sessionUtm(dto.sessionUtm()));
    }

    /** @throws MappingException when the body has no {@code error} object */
    static ErrorDetails error(Dto.ErrorResponse dto) {
        Dto.Error error = required(dto.error(), at(ROOT, "error"));
        return new ErrorDetails(
                error.developerMessage(), error.userMessage(), error.objectId(), error.errorCode(), error.moreInfo());
    }

    // ---- requests

    static StartConversationRequest startRequest(Dto.ConversationStartRequest dto) {
        return build(ROOT, () -> new StartConversationRequest(
                strictList(dto.addConversationParticipantArns(), at(ROOT, "add_conversation_participant_arns"),
                        (arn, path) -> value(arn, path, ParticipantArn::new)),
                value(dto.conversationArn(), at(ROOT, "conversation_arn"), ConversationArn::new),
                value(dto.conversationWebchatQueueUuid(), at(ROOT, "conversation_webchat_queue_uuid"), QueueId::new)));
    }

    /** Strict, unlike responses: a request must name one of the documented statuses. */
    static AgentStatus queueStatusUpdate(Dto.ConversationWebchatQueueStatusUpdateRequest dto) {
        Where path = at(ROOT, "agent_status");
        return value(required(dto.agentStatus(), path), path, AgentStatus::parse);
    }

    // ---- realtime frames

    /** The {@code event_type} values of {@code ConversationWebsocketMessage}. */
    private static final Set<String> EVENT_TYPES = Set.of("queue position", "webchat start conversation",
            "conversation closed", "new conversation", "new message", "updated message", "queue status update",
            "rrweb", "participant update", "read message", "typing", "add coupon", "add item", "webchat context");

    /**
     * A frame a server sent, read tolerantly: an unknown {@code type} or {@code event_type}, and the
     * customer-side events, read as {@link ConversationEvent.Unrecognized}; an {@code updated message}
     * shaped as a refusal reads as {@link RealtimeFrame.Refusal}.
     */
    static RealtimeFrame serverFrame(Dto.ConversationWebsocketMessage dto) {
        String type = dto.type();
        String eventType = dto.eventType();
        ConversationId conversation = value(dto.conversationUuid(), at(ROOT, "conversation_uuid"), ConversationId::new);
        if ("ping".equals(type)) {
            return RealtimeFrame.PING;
        }
        if ("message".equals(type)) {
            return new RealtimeFrame.Event(new ConversationEvent.NewMessage(
                    required(conversation, at(ROOT, "conversation_uuid")),
                    message(required(dto.message(), at(ROOT, "message")), at(ROOT, "message"))));
        }
        if (!"event".equals(type) || eventType == null) {
            return new RealtimeFrame.Event(new ConversationEvent.Unrecognized(type, eventType, conversation));
        }
        if ("updated message".equals(eventType)) {
            RealtimeFrame.Refusal refusal = refusal(conversation, dto.eventUpdatedMessage());
            if (refusal != null) {
                return refusal;
            }
        }
        ConversationEvent event = switch (eventType) {
            case "new conversation" -> new ConversationEvent.NewConversation(
                    eventSummary(dto.eventNewConversation(), "event_new_conversation"));
            case "new message" -> new ConversationEvent.NewMessageSummary(
                    eventSummary(dto.eventNewMessage(), "event_new_message"));
            case "participant update" -> new ConversationEvent.ParticipantUpdate(
                    eventSummary(dto.eventParticipantUpdate(), "event_participant_update"));
            case "conversation closed" -> new ConversationEvent.ConversationClosed(
                    eventSummary(dto.eventConversationClosed(), "event_conversation_closed"));
            case "queue status update" -> new ConversationEvent.QueueStatusUpdate(queueStatus(
                    required(dto.eventQueueStatusUpdate(), at(ROOT, "event_queue_status_update")),
                    at(ROOT, "event_queue_status_update")));
            case "read message" -> messagesRead(required(conversation, at(ROOT, "conversation_uuid")),
                    dto.eventReadMessage());
            case "typing" -> typing(required(conversation, at(ROOT, "conversation_uuid")), dto.eventTyping());
            case "webchat context" -> webchatContextChanged(
                    required(conversation, at(ROOT, "conversation_uuid")), dto.eventWebchatContext());
            case "updated message" -> updatedMessage(conversation, dto.eventUpdatedMessage());
            default -> new ConversationEvent.Unrecognized(type, eventType, conversation);
        };
        return new RealtimeFrame.Event(event);
    }

    /** A delivery-status update; a notice without a time (so no message, and no refusal either) is unrecognized. */
    private static ConversationEvent updatedMessage(ConversationId conversation, Dto.ConversationMessage dto) {
        Where path = at(ROOT, "event_updated_message");
        Dto.ConversationMessage message = required(dto, path);
        if (message.messageDts() == null && message.messageEpoch() == null) {
            return new ConversationEvent.Unrecognized("event", "updated message", conversation);
        }
        return new ConversationEvent.MessageUpdated(required(conversation, at(ROOT, "conversation_uuid")),
                message(message, path));
    }

    /**
     * A frame an agent sent, read strictly: {@code type} must be one of the schema's, and so must
     * {@code event_type}; a message needs its conversation and client message id. Frames a server does
     * not act on (other events, {@code check queue position}) read as an {@link RealtimeFrame.Event} of
     * {@link ConversationEvent.Unrecognized}.
     */
    static RealtimeFrame agentFrame(Dto.ConversationWebsocketMessage dto) {
        String type = required(dto.type(), at(ROOT, "type"));
        ConversationId conversation = value(dto.conversationUuid(), at(ROOT, "conversation_uuid"), ConversationId::new);
        String eventType = dto.eventType();
        if (eventType != null && !EVENT_TYPES.contains(eventType)) {
            throw new MappingException("Expected an event_type of the contract's ConversationWebsocketMessage but was \""
                    + eventType + "\"", at(ROOT, "event_type"), null);
        }
        switch (type) {
            case "ping":
                return RealtimeFrame.PING;
            case "message":
                return new RealtimeFrame.SendMessage(outgoingMessage(
                        required(conversation, at(ROOT, "conversation_uuid")),
                        required(dto.message(), at(ROOT, "message"))));
            case "event":
                if ("typing".equals(eventType)) {
                    return new RealtimeFrame.SendTyping(required(conversation, at(ROOT, "conversation_uuid")),
                            dto.eventTyping() == null ? null : dto.eventTyping().value());
                }
                return new RealtimeFrame.Event(new ConversationEvent.Unrecognized(type, eventType, conversation));
            case "check queue position":
                return new RealtimeFrame.Event(new ConversationEvent.Unrecognized(type, eventType, conversation));
            default:
                throw new MappingException("Expected a type of message, event, ping or check queue position but was \""
                        + type + "\"", at(ROOT, "type"), null);
        }
    }

    private static ConversationSummary eventSummary(Dto.Conversation dto, String field) {
        return summary(required(dto, at(ROOT, field)), at(ROOT, field));
    }

    private static ConversationEvent.MessagesRead messagesRead(
            ConversationId conversation, Dto.ConversationEventReadMessage dto) {
        if (dto == null) {
            return new ConversationEvent.MessagesRead(conversation, null, null);
        }
        Where path = at(ROOT, "event_read_message");
        Instant readAt = dto.messageDts() != null ? dto.messageDts()
                : dto.messageEpoch() != null ? Instant.ofEpochMilli(dto.messageEpoch())
                : null;
        return new ConversationEvent.MessagesRead(conversation,
                value(dto.conversationMessageUuid(), at(path, "conversation_message_uuid"), MessageId::new), readAt);
    }

    private static ConversationEvent.Typing typing(ConversationId conversation, Dto.ConversationEventTyping dto) {
        if (dto == null) {
            return new ConversationEvent.Typing(conversation, null, null, null);
        }
        return new ConversationEvent.Typing(conversation,
                value(dto.authorConversationParticipantArn(),
                        at(at(ROOT, "event_typing"), "author_conversation_participant_arn"), ParticipantArn::new),
                dto.authorConversationParticipantName(),
                dto.value());
    }

    private static ConversationEvent.WebchatContextChanged webchatContextChanged(
            ConversationId conversation, Dto.ConversationEventWebchatContext dto) {
        if (dto == null) {
            return new ConversationEvent.WebchatContextChanged(conversation, null, null, null);
        }
        return new ConversationEvent.WebchatContextChanged(conversation,
                value(dto.cartId(), at(at(ROOT, "event_webchat_context"), "cart_id"), CartId::new),
                dto.ucacid(),
                dto.url());
    }

    /**
     * The refusal an {@code updated message} carries, or null when it is a real update: a refusal's message
     * has neither {@code conversation_message_uuid} nor a time, and a body {@code refused STATUS TOKEN: ...}.
     */
    private static RealtimeFrame.Refusal refusal(ConversationId conversation, Dto.ConversationMessage dto) {
        if (conversation == null || dto == null || dto.conversationMessageUuid() != null
                || dto.messageEpoch() != null || dto.messageDts() != null) {
            return null;
        }
        return RefusalBodies.parse(conversation, dto.clientMessageId(), dto.body());
    }

    private static OutgoingMessage outgoingMessage(ConversationId conversation, Dto.ConversationMessage dto) {
        Where path = at(ROOT, "message");
        String clientMessageId = required(dto.clientMessageId(), at(path, "client_message_id"));
        List<UploadKey> keys = strictList(dto.uploadKeys(), at(path, "upload_keys"),
                (key, itemPath) -> value(key, itemPath, UploadKey::new));
        return build(at(path, "client_message_id"),
                () -> new OutgoingMessage(conversation, dto.body(), clientMessageId, keys));
    }

    // ---- models

    private static Conversation conversation(Dto.Conversation dto, Where path) {
        return new Conversation(
                summary(dto, path),
                dto.baseLanguageIsoCode(),
                list(dto.messages(), at(path, "messages"), ToDomain::message));
    }

    private static ConversationSummary summary(Dto.Conversation dto, Where path) {
        return build(path, () -> new ConversationSummary(
                required(value(dto.conversationUuid(), at(path, "conversation_uuid"), ConversationId::new),
                        at(path, "conversation_uuid")),
                value(dto.conversationArn(), at(path, "conversation_arn"), ConversationArn::new),
                value(dto.merchantId(), at(path, "merchant_id"), MerchantId::new),
                dto.medium() == null ? null : Medium.fromValue(dto.medium()),
                orDefault(dto.closed(), false),
                orDefault(dto.visible(), true),
                orDefault(dto.unreadMessages(), false),
                dto.startDts(),
                dto.lastMessageDts(),
                dto.lastInteractiveMessageDts(),
                dto.lastConversationMessageBody(),
                value(dto.lastConversationParticipantArn(), at(path, "last_conversation_participant_arn"),
                        ParticipantArn::new),
                dto.lastConversationParticipantName(),
                nonNegative(dto.messageCount(), at(path, "message_count")),
                list(dto.participants(), at(path, "participants"), ToDomain::participant)));
    }

    private static Participant participant(Dto.ConversationParticipant dto, Where path) {
        return new Participant(
                value(dto.conversationParticipantUuid(), at(path, "conversation_participant_uuid"), ParticipantId::new),
                required(value(dto.conversationParticipantArn(), at(path, "conversation_participant_arn"),
                        ParticipantArn::new), at(path, "conversation_participant_arn")),
                dto.conversationParticipantName(),
                dto.joinedDts(),
                dto.leftDts(),
                dto.lastMessageDts(),
                dto.profileImageUrl(),
                dto.status(),
                dto.timezone(),
                nonNegative(dto.unreadMessages(), at(path, "unread_messages")));
    }

    /** {@code message_dts} when present, else {@code message_epoch}: they are the same instant. */
    private static Message message(Dto.ConversationMessage dto, Where path) {
        Instant sentAt = dto.messageDts() != null ? dto.messageDts()
                : dto.messageEpoch() != null ? Instant.ofEpochMilli(dto.messageEpoch())
                : null;
        if (sentAt == null) {
            throw new MappingException("Expected message_dts or message_epoch but both were absent", path, null);
        }
        return new Message(
                value(dto.conversationMessageUuid(), at(path, "conversation_message_uuid"), MessageId::new),
                value(dto.merchantId(), at(path, "merchant_id"), MerchantId::new),
                value(dto.authorConversationParticipantArn(), at(path, "author_conversation_participant_arn"),
                        ParticipantArn::new),
                dto.authorConversationParticipantName(),
                dto.body(),
                dto.clientMessageId(),
                sentAt,
                dto.delayUntilDts(),
                dto.type() == null ? null : MessageType.fromValue(dto.type()),
                list(dto.mediaUrls(), at(path, "media_urls"), (url, itemPath) -> url),
                list(dto.uploadKeys(), at(path, "upload_keys"), (key, itemPath) -> value(key, itemPath, UploadKey::new)),
                list(dto.transportStatuses(), at(path, "transport_statuses"), ToDomain::transportStatus));
    }

    private static TransportStatus transportStatus(Dto.ConversationMessageTransportStatus dto, Where path) {
        return new TransportStatus(
                value(dto.conversationParticipantArn(), at(path, "conversation_participant_arn"), ParticipantArn::new),
                dto.status() == null ? null : DeliveryStatus.fromValue(dto.status()));
    }

    private static TwilioAccount twilioAccount(Dto.ConversationTwilioAccount dto, Where path) {
        return new TwilioAccount(
                value(dto.merchantId(), at(path, "merchant_id"), MerchantId::new),
                list(dto.twilioPhoneNumbers(), at(path, "twilio_phone_numbers"), (number, itemPath) -> number));
    }

    private static QueueStatus queueStatus(Dto.ConversationWebchatQueueStatus dto, Where path) {
        return new QueueStatus(
                required(value(dto.queueName(), at(path, "queue_name"), QueueName::new), at(path, "queue_name")),
                orDefault(dto.agentCount(), 0),
                orDefault(dto.agentAvailableCount(), 0),
                orDefault(dto.agentBusyCount(), 0),
                orDefault(dto.agentUnavailableCount(), 0),
                list(dto.agents(), at(path, "agents"), ToDomain::queueAgent),
                orDefault(dto.customerAbandonCount(), 0),
                orDefault(dto.customerActiveCount(), 0),
                orDefault(dto.customerAverageAbandonTimeSeconds(), 0),
                orDefault(dto.customerAverageChatTimeSeconds(), 0),
                orDefault(dto.customerAverageHoldTimeSeconds(), 0),
                orDefault(dto.customerChatCount(), 0),
                orDefault(dto.customerWaitingCount(), 0),
                dto.customerWaitingJoinDts(),
                list(dto.queueEntries(), at(path, "queue_entries"), ToDomain::queueEntry));
    }

    private static QueueAgent queueAgent(Dto.ConversationWebchatQueueStatusAgent dto, Where path) {
        return new QueueAgent(
                required(value(dto.conversationParticipantArn(), at(path, "conversation_participant_arn"),
                        ParticipantArn::new), at(path, "conversation_participant_arn")),
                dto.conversationParticipantName(),
                dto.agentStatus() == null ? null : AgentStatus.fromValue(dto.agentStatus()),
                dto.lastChatDts(),
                orDefault(dto.nextRoundRobin(), false),
                dto.profileImageUrl());
    }

    private static QueueEntry queueEntry(Dto.ConversationWebchatQueueStatusQueueEntry dto, Where path) {
        return new QueueEntry(
                value(dto.conversationParticipantArn(), at(path, "conversation_participant_arn"), ParticipantArn::new),
                dto.conversationParticipantName(),
                value(dto.conversationWebchatQueueUuid(), at(path, "conversation_webchat_queue_uuid"), QueueId::new),
                dto.email(),
                dto.joinDts(),
                dto.question());
    }

    private static PageView pageView(Dto.HitPageView dto, Where path) {
        return new PageView(
                dto.url(),
                dto.title(),
                dto.query(),
                dto.method(),
                dto.referrer(),
                dto.timeOnPage(),
                dto.bounce(),
                dto.prefetch(),
                dto.recording(),
                dto.redirect(),
                list(dto.metaData(), at(path, "meta_data"),
                        (entry, itemPath) -> new PageViewMetadata(entry.key(), entry.value())));
    }

    private static SessionStart sessionStart(Dto.HitSessionStart dto) {
        return new SessionStart(
                dto.channel(),
                dto.referrer(),
                dto.userAgent(),
                dto.userIp(),
                dto.geolocationCountry(),
                dto.geolocationProvince(),
                dto.geolocationLatitude(),
                dto.geolocationLongitude(),
                dto.screenWidth(),
                dto.screenHeight(),
                dto.timeOnSite(),
                dto.bot(),
                dto.fakeBot(),
                dto.bounce(),
                dto.prefetch(),
                dto.deviceSwitchDetected(),
                dto.noCookieSupport());
    }

    private static SessionUtm sessionUtm(Dto.HitSessionUtm dto) {
        return new SessionUtm(
                dto.utmSource(),
                dto.utmMedium(),
                dto.utmCampaign(),
                dto.utmTerm(),
                dto.utmContent(),
                dto.utmId(),
                dto.gclid(),
                dto.gbraid(),
                dto.wbraid(),
                dto.fbclid(),
                dto.fbAdId(),
                dto.msclkid(),
                dto.ttclid(),
                dto.vmcid(),
                dto.ucMessageId());
    }

    // ---- the cart

    /**
     * The reduced cart. Coupons without a {@code coupon_code} carry nothing Parley keeps and are
     * skipped; a shipping {@code email} (not in UltraCart's schema) is ignored.
     */
    private static Cart cart(Dto.Cart dto, Where path) {
        List<String> couponCodes = list(dto.coupons(), at(path, "coupons"), (coupon, itemPath) -> coupon.couponCode())
                .stream()
                .filter(Objects::nonNull)
                .toList();
        return new Cart(
                value(dto.cartId(), at(path, "cart_id"), CartId::new),
                value(dto.merchantId(), at(path, "merchant_id"), MerchantId::new),
                dto.currencyCode(),
                dto.baseCurrencyCode(),
                dto.languageIsoCode(),
                dto.loggedIn(),
                list(dto.items(), at(path, "items"), ToDomain::cartItem),
                couponCodes,
                dto.summary() == null ? null : cartTotals(dto.summary(), at(path, "summary")),
                dto.billing() == null ? null : cartContact(dto.billing(), dto.billing().email()),
                dto.shipping() == null ? null : cartContact(dto.shipping(), null),
                dto.customerProfile() == null ? null : customerProfile(dto.customerProfile()));
    }

    /**
     * UltraCart's billing and shipping blocks are flat; the address fields become a {@link PostalAddress}
     * only when at least one is present (an address with no field is no address).
     */
    private static CartContact cartContact(Dto.CartContact dto, String email) {
        boolean hasAddress = dto.address1() != null || dto.address2() != null || dto.city() != null
                || dto.stateRegion() != null || dto.postalCode() != null || dto.countryCode() != null;
        return new CartContact(
                dto.firstName(),
                dto.lastName(),
                dto.company(),
                email,
                dto.dayPhone(),
                dto.eveningPhone(),
                hasAddress
                        ? new PostalAddress(dto.address1(), dto.address2(), dto.city(), dto.stateRegion(),
                                dto.postalCode(), dto.countryCode())
                        : null);
    }

    /** UltraCart's profile has no name of its own: it is the first billing address's. */
    private static CustomerProfile customerProfile(Dto.CartCustomerProfile dto) {
        Dto.CartCustomerProfileAddress first = dto.billingAddresses() == null || dto.billingAddresses().isEmpty()
                ? null
                : dto.billingAddresses().get(0);
        return new CustomerProfile(
                dto.customerProfileOid(),
                dto.email(),
                first == null ? null : first.firstName(),
                first == null ? null : first.lastName());
    }

    private static CartItem cartItem(Dto.CartItem dto, Where path) {
        return new CartItem(
                dto.itemId(),
                dto.description(),
                dto.quantity(),
                money(dto.unitCost(), at(path, "unit_cost")),
                money(dto.discount(), at(path, "discount")),
                money(dto.totalCost(), at(path, "total_cost")),
                list(dto.options(), at(path, "options"),
                        (option, itemPath) -> new CartItemOption(option.name(), option.label(), option.selectedValue())),
                dto.defaultImageUrl(),
                dto.viewUrl());
    }

    private static CartTotals cartTotals(Dto.CartSummary dto, Where path) {
        return new CartTotals(
                money(dto.subtotal(), at(path, "subtotal")),
                money(dto.subtotalDiscount(), at(path, "subtotal_discount")),
                money(dto.subtotalWithDiscount(), at(path, "subtotal_with_discount")),
                money(dto.shippingHandling(), at(path, "shipping_handling")),
                money(dto.shippingHandlingDiscount(), at(path, "shipping_handling_discount")),
                money(dto.shippingHandlingWithDiscount(), at(path, "shipping_handling_with_discount")),
                money(dto.tax(), at(path, "tax")),
                money(dto.total(), at(path, "total")));
    }

    /** An absent {@code Currency} is no amount; a present one must carry its {@code value}. */
    private static Money money(Dto.Currency dto, Where path) {
        if (dto == null) {
            return null;
        }
        return new Money(
                required(dto.value(), at(path, "value")),
                dto.currencyCode(),
                dto.localized(),
                dto.localizedFormatted(),
                dto.exchangeRate());
    }

    // ---- helpers

    private static Where at(Where path, String field) {
        return path.field(field);
    }

    /** {@code null} stays {@code null}; a value the domain refuses fails at {@code path}. */
    private static <T> T value(String raw, Where path, Function<String, T> make) {
        if (raw == null) {
            return null;
        }
        try {
            return make.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new MappingException(e.getMessage(), path, e);
        }
    }

    /**
     * A URL, refused without quoting it: a presigned URL's query is a credential, so the message gives
     * only the reason and position.
     */
    private static URI uri(String raw, Where path) {
        if (raw == null) {
            return null;
        }
        try {
            return new URI(raw);
        } catch (URISyntaxException e) {
            throw new MappingException(
                    "Expected a URL but was malformed (" + e.getReason() + " at index " + e.getIndex() + ")", path, null);
        }
    }

    private static <T> T required(T value, Where path) {
        if (value == null) {
            throw new MappingException("Expected a value but was absent or null", path, null);
        }
        return value;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static int nonNegative(Integer count, Where path) {
        if (count != null && count < 0) {
            throw new MappingException("Expected a count of at least 0 but was " + count, path, null);
        }
        return count == null ? 0 : count;
    }

    /** Runs a domain constructor, reporting what it refuses at {@code path}. */
    private static <T> T build(Where path, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new MappingException(e.getMessage(), path, e);
        }
    }

    /**
     * Absent is empty; each element is mapped at its own path. A {@code null} element of a response's
     * list carries nothing and is skipped, so a sloppy server does not make a whole answer unreadable.
     */
    private static <D, T> List<T> list(List<D> items, Where path, BiFunction<D, Where, T> map) {
        return list(items, path, map, false);
    }

    /** As {@link #list(List, Where, BiFunction)}, but a {@code null} element fails: for requests. */
    private static <D, T> List<T> strictList(List<D> items, Where path, BiFunction<D, Where, T> map) {
        return list(items, path, map, true);
    }

    private static <D, T> List<T> list(List<D> items, Where path, BiFunction<D, Where, T> map, boolean strict) {
        if (items == null) {
            return List.of();
        }
        List<T> mapped = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Where itemPath = path.index(i);
            D item = items.get(i);
            if (item != null) {
                mapped.add(map.apply(item, itemPath));
            } else if (strict) {
                throw new MappingException("Expected a value but was null", itemPath, null);
            }
        }
        return mapped;
    }
}
