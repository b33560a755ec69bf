package dev.parley.conversation.wire;

import com.squareup.moshi.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * UltraCart's JSON models, one record per schema of the contract's {@code openapi.json}, carrying only
 * the fields Parley maps. Every component is nullable (absent and {@code null} on the wire both read as
 * {@code null}; Moshi omits {@code null} when writing), and no record validates: mapping to the domain
 * does, where a failure can name its JSON path. Moshi needs the records public; nesting them in this
 * package-private holder keeps them out of the API.
 *
 * <p>Enumerations stay strings here so that a value this version does not know reaches the mapping,
 * which reads it as the domain's {@code UNKNOWN}.
 */
final class Dto {
    private Dto() {
    }

    /** {@code ResponseMetadata}. */
    public record ResponseMetadata(@Json(name = "result_set") ResultSet resultSet) {
    }

    /** {@code ResultSet}: where a page sits in the whole listing. */
    public record ResultSet(
            Integer count,
            Integer limit,
            Boolean more,
            @Json(name = "next_offset") Integer nextOffset,
            Integer offset,
            @Json(name = "total_records") Integer totalRecords) {
    }

    /** {@code Error}. */
    public record Error(
            @Json(name = "developer_message") String developerMessage,
            @Json(name = "error_code") String errorCode,
            @Json(name = "more_info") String moreInfo,
            @Json(name = "object_id") String objectId,
            @Json(name = "user_message") String userMessage) {
    }

    /** {@code ErrorResponse}. */
    public record ErrorResponse(Error error, Boolean success) {
    }

    /** {@code ConversationsResponse}. */
    public record ConversationsResponse(
            List<Conversation> conversations, ResponseMetadata metadata, Boolean success) {
    }

    /** {@code ConversationResponse}. */
    public record ConversationResponse(Conversation conversation, ResponseMetadata metadata, Boolean success) {
    }

    /** {@code ConversationStartResponse}: the schema has neither {@code success} nor {@code metadata}. */
    public record ConversationStartResponse(Conversation conversation) {
    }

    /** {@code ConversationMessagesResponse}. */
    public record ConversationMessagesResponse(
            @Json(name = "conversation_messages") List<ConversationMessage> conversationMessages,
            ResponseMetadata metadata,
            Boolean success) {
    }

    /** {@code ConversationAgentAuthResponse}. */
    public record ConversationAgentAuthResponse(
            @Json(name = "agent_auth") ConversationAgentAuth agentAuth,
            ResponseMetadata metadata,
            Boolean success) {
    }

    /** {@code ConversationMultimediaUploadUrlResponse}. */
    public record ConversationMultimediaUploadUrlResponse(
            @Json(name = "conversation_multimedia_upload_url") ConversationMultimediaUploadUrl uploadUrl,
            ResponseMetadata metadata,
            Boolean success) {
    }

    /** {@code ConversationWebchatQueueStatusesResponse}. */
    public record ConversationWebchatQueueStatusesResponse(
            @Json(name = "queue_statuses") List<ConversationWebchatQueueStatus> queueStatuses,
            ResponseMetadata metadata,
            Boolean success) {
    }

    /** {@code ConversationStartRequest}. */
    public record ConversationStartRequest(
            @Json(name = "add_conversation_participant_arns") List<String> addConversationParticipantArns,
            @Json(name = "conversation_arn") String conversationArn,
            @Json(name = "conversation_webchat_queue_uuid") String conversationWebchatQueueUuid) {
    }

    /** {@code ConversationWebchatQueueStatusUpdateRequest}. */
    public record ConversationWebchatQueueStatusUpdateRequest(@Json(name = "agent_status") String agentStatus) {
    }

    /**
     * {@code Conversation}, and {@code ConversationSummary} too: the summary schema is the same without
     * {@code base_language_iso_code} and {@code messages}, which a summary leaves null (so unwritten).
     */
    public record Conversation(
            @Json(name = "base_language_iso_code") String baseLanguageIsoCode,
            Boolean closed,
            @Json(name = "conversation_arn") String conversationArn,
            @Json(name = "conversation_uuid") String conversationUuid,
            @Json(name = "last_conversation_message_body") String lastConversationMessageBody,
            @Json(name = "last_conversation_participant_arn") String lastConversationParticipantArn,
            @Json(name = "last_conversation_participant_name") String lastConversationParticipantName,
            @Json(name = "last_interactive_message_dts") Instant lastInteractiveMessageDts,
            @Json(name = "last_message_dts") Instant lastMessageDts,
            String medium,
            @Json(name = "merchant_id") String merchantId,
            @Json(name = "message_count") Integer messageCount,
            List<ConversationMessage> messages,
            List<ConversationParticipant> participants,
            @Json(name = "start_dts") Instant startDts,
            @Json(name = "unread_messages") Boolean unreadMessages,
            Boolean visible) {
    }

    /** {@code ConversationParticipant}. */
    public record ConversationParticipant(
            @Json(name = "conversation_participant_arn") String conversationParticipantArn,
            @Json(name = "conversation_participant_name") String conversationParticipantName,
            @Json(name = "conversation_participant_uuid") String conversationParticipantUuid,
            @Json(name = "joined_dts") Instant joinedDts,
            @Json(name = "last_message_dts") Instant lastMessageDts,
            @Json(name = "left_dts") Instant leftDts,
            @Json(name = "profile_image_url") String profileImageUrl,
            String status,
            String timezone,
            @Json(name = "unread_messages") Integer unreadMessages) {
    }

    /** {@code ConversationMessage}. */
    public record ConversationMessage(
            @Json(name = "author_conversation_participant_arn") String authorConversationParticipantArn,
            @Json(name = "author_conversation_participant_name") String authorConversationParticipantName,
            String body,
            @Json(name = "client_message_id") String clientMessageId,
            @Json(name = "conversation_message_uuid") String conversationMessageUuid,
            @Json(name = "delay_until_dts") Instant delayUntilDts,
            @Json(name = "media_urls") List<String> mediaUrls,
            @Json(name = "merchant_id") String merchantId,
            @Json(name = "message_dts") Instant messageDts,
            @Json(name = "message_epoch") Long messageEpoch,
            @Json(name = "transport_statuses") List<ConversationMessageTransportStatus> transportStatuses,
            String type,
            @Json(name = "upload_keys") List<String> uploadKeys) {
    }

    /** {@code ConversationMessageTransportStatus}. */
    public record ConversationMessageTransportStatus(
            @Json(name = "conversation_participant_arn") String conversationParticipantArn,
            String status) {
    }

    /** {@code ConversationAgentAuth}. */
    public record ConversationAgentAuth(
            @Json(name = "conversation_participant_arn") String conversationParticipantArn,
            @Json(name = "conversation_participant_name") String conversationParticipantName,
            String jwt,
            @Json(name = "merchant_id") String merchantId,
            @Json(name = "twilio_accounts") List<ConversationTwilioAccount> twilioAccounts,
            @Json(name = "websocket_url") String websocketUrl) {
    }

    /** {@code ConversationTwilioAccount}. */
    public record ConversationTwilioAccount(
            @Json(name = "merchant_id") String merchantId,
            @Json(name = "twilio_phone_numbers") List<String> twilioPhoneNumbers) {
    }

    /** {@code ConversationMultimediaUploadUrl}. */
    public record ConversationMultimediaUploadUrl(String key, String url) {
    }

    /** {@code ConversationWebchatQueueStatus}. */
    public record ConversationWebchatQueueStatus(
            @Json(name = "agent_available_count") Integer agentAvailableCount,
            @Json(name = "agent_busy_count") Integer agentBusyCount,
            @Json(name = "agent_count") Integer agentCount,
            @Json(name = "agent_unavailable_count") Integer agentUnavailableCount,
            List<ConversationWebchatQueueStatusAgent> agents,
            @Json(name = "customer_abandon_count") Integer customerAbandonCount,
            @Json(name = "customer_active_count") Integer customerActiveCount,
            @Json(name = "customer_average_abandon_time_seconds") Integer customerAverageAbandonTimeSeconds,
            @Json(name = "customer_average_chat_time_seconds") Integer customerAverageChatTimeSeconds,
            @Json(name = "customer_average_hold_time_seconds") Integer customerAverageHoldTimeSeconds,
            @Json(name = "customer_chat_count") Integer customerChatCount,
            @Json(name = "customer_waiting_count") Integer customerWaitingCount,
            @Json(name = "customer_waiting_join_dts") Instant customerWaitingJoinDts,
            @Json(name = "queue_entries") List<ConversationWebchatQueueStatusQueueEntry> queueEntries,
            @Json(name = "queue_name") String queueName) {
    }

    /** {@code ConversationWebchatQueueStatusAgent}. */
    public record ConversationWebchatQueueStatusAgent(
            @Json(name = "agent_status") String agentStatus,
            @Json(name = "conversation_participant_arn") String conversationParticipantArn,
            @Json(name = "conversation_participant_name") String conversationParticipantName,
            @Json(name = "last_chat_dts") Instant lastChatDts,
            @Json(name = "next_round_robin") Boolean nextRoundRobin,
            @Json(name = "profile_image_url") String profileImageUrl) {
    }

    /** {@code ConversationWebchatQueueStatusQueueEntry}. */
    public record ConversationWebchatQueueStatusQueueEntry(
            @Json(name = "conversation_participant_arn") String conversationParticipantArn,
            @Json(name = "conversation_participant_name") String conversationParticipantName,
            @Json(name = "conversation_webchat_queue_uuid") String conversationWebchatQueueUuid,
            String email,
            @Json(name = "join_dts") Instant joinDts,
            String question) {
    }

    /** {@code ConversationWebchatContext}. */
    public record ConversationWebchatContext(
            Cart cart,
            @Json(name = "current_url") String currentUrl,
            @Json(name = "page_view") List<HitPageView> pageView,
            @Json(name = "session_start") HitSessionStart sessionStart,
            @Json(name = "session_utm") HitSessionUtm sessionUtm) {
    }

    /** {@code HitPageView}. */
    public record HitPageView(
            Boolean bounce,
            @Json(name = "meta_data") List<HitPageViewMetaData> metaData,
            String method,
            Boolean prefetch,
            String query,
            Boolean recording,
            Boolean redirect,
            String referrer,
            @Json(name = "time_on_page") Double timeOnPage,
            String title,
            String url) {
    }

    /** {@code HitPageViewMetaData}. */
    public record HitPageViewMetaData(String key, String value) {
    }

    /** {@code HitSessionStart}; note UltraCart's spelling {@code time_on_Site}. */
    public record HitSessionStart(
            Boolean bot,
            Boolean bounce,
            String channel,
            @Json(name = "device_switch_detected") Boolean deviceSwitchDetected,
            @Json(name = "fake_bot") Boolean fakeBot,
            @Json(name = "geolocation_country") String geolocationCountry,
            @Json(name = "geolocation_latitude") Double geolocationLatitude,
            @Json(name = "geolocation_longitude") Double geolocationLongitude,
            @Json(name = "geolocation_province") String geolocationProvince,
            @Json(name = "no_cookie_support") Boolean noCookieSupport,
            Boolean prefetch,
            String referrer,
            @Json(name = "screen_height") Integer screenHeight,
            @Json(name = "screen_width") Integer screenWidth,
            @Json(name = "time_on_Site") Double timeOnSite,
            @Json(name = "user_agent") String userAgent,
            @Json(name = "user_ip") String userIp) {
    }

    /** {@code HitSessionUtm}. */
    public record HitSessionUtm(
            @Json(name = "fb_ad_id") String fbAdId,
            String fbclid,
            String gbraid,
            String gclid,
            String msclkid,
            String ttclid,
            @Json(name = "uc_message_id") String ucMessageId,
            @Json(name = "utm_campaign") String utmCampaign,
            @Json(name = "utm_content") String utmContent,
            @Json(name = "utm_id") String utmId,
            @Json(name = "utm_medium") String utmMedium,
            @Json(name = "utm_source") String utmSource,
            @Json(name = "utm_term") String utmTerm,
            String vmcid,
            String wbraid) {
    }

    /** {@code Cart}, reduced as the domain's {@code Cart} documents. */
    public record Cart(
            @Json(name = "base_currency_code") String baseCurrencyCode,
            CartContact billing,
            @Json(name = "cart_id") String cartId,
            List<CartCoupon> coupons,
            @Json(name = "currency_code") String currencyCode,
            @Json(name = "customer_profile") CartCustomerProfile customerProfile,
            List<CartItem> items,
            @Json(name = "language_iso_code") String languageIsoCode,
            @Json(name = "logged_in") Boolean loggedIn,
            @Json(name = "merchant_id") String merchantId,
            CartContact shipping,
            CartSummary summary) {
    }

    /**
     * {@code CartBilling} and {@code CartShipping}: the fields both carry, plus the billing-only
     * {@code email}, which a shipping contact leaves null (so unwritten).
     */
    public record CartContact(
            String address1,
            String address2,
            String city,
            String company,
            @Json(name = "country_code") String countryCode,
            @Json(name = "day_phone") String dayPhone,
            String email,
            @Json(name = "evening_phone") String eveningPhone,
            @Json(name = "first_name") String firstName,
            @Json(name = "last_name") String lastName,
            @Json(name = "postal_code") String postalCode,
            @Json(name = "state_region") String stateRegion) {
    }

    /** {@code CartCoupon}. */
    public record CartCoupon(@Json(name = "coupon_code") String couponCode) {
    }

    /** {@code CartCustomerProfile}. */
    public record CartCustomerProfile(
            @Json(name = "billing_addresses") List<CartCustomerProfileAddress> billingAddresses,
            @Json(name = "customer_profile_oid") Integer customerProfileOid,
            String email) {
    }

    /** {@code CartCustomerProfileAddress}: only the name, which is the profile's name. */
    public record CartCustomerProfileAddress(
            @Json(name = "first_name") String firstName,
            @Json(name = "last_name") String lastName) {
    }

    /** {@code CartItem}. */
    public record CartItem(
            @Json(name = "default_image_url") String defaultImageUrl,
            String description,
            Currency discount,
            @Json(name = "item_id") String itemId,
            List<CartItemOption> options,
            BigDecimal quantity,
            @Json(name = "total_cost") Currency totalCost,
            @Json(name = "unit_cost") Currency unitCost,
            @Json(name = "view_url") String viewUrl) {
    }

    /** {@code CartItemOption}. */
    public record CartItemOption(
            String label,
            String name,
            @Json(name = "selected_value") String selectedValue) {
    }

    /** {@code CartSummary}. */
    public record CartSummary(
            @Json(name = "shipping_handling") Currency shippingHandling,
            @Json(name = "shipping_handling_discount") Currency shippingHandlingDiscount,
            @Json(name = "shipping_handling_with_discount") Currency shippingHandlingWithDiscount,
            Currency subtotal,
            @Json(name = "subtotal_discount") Currency subtotalDiscount,
            @Json(name = "subtotal_with_discount") Currency subtotalWithDiscount,
            Currency tax,
            Currency total) {
    }

    /** {@code Currency}: an amount of money, its numbers read and written with their exact text. */
    public record Currency(
            @Json(name = "currency_code") String currencyCode,
            @Json(name = "exchange_rate") BigDecimal exchangeRate,
            BigDecimal localized,
            @Json(name = "localized_formatted") String localizedFormatted,
            BigDecimal value) {
    }

    /**
     * {@code ConversationWebsocketMessage}: one frame of the realtime channel, either way. Only the event
     * payloads Parley maps are here; the customer-side ones (queue position, rrweb, add coupon, add item)
     * are skipped when read.
     */
    public record ConversationWebsocketMessage(
            @Json(name = "conversation_uuid") String conversationUuid,
            @Json(name = "event_conversation_closed") Conversation eventConversationClosed,
            @Json(name = "event_new_conversation") Conversation eventNewConversation,
            @Json(name = "event_new_message") Conversation eventNewMessage,
            @Json(name = "event_participant_update") Conversation eventParticipantUpdate,
            @Json(name = "event_queue_status_update") ConversationWebchatQueueStatus eventQueueStatusUpdate,
            @Json(name = "event_read_message") ConversationEventReadMessage eventReadMessage,
            @Json(name = "event_type") String eventType,
            @Json(name = "event_typing") ConversationEventTyping eventTyping,
            @Json(name = "event_updated_message") ConversationMessage eventUpdatedMessage,
            @Json(name = "event_webchat_context") ConversationEventWebchatContext eventWebchatContext,
            ConversationMessage message,
            String type) {
    }

    /** {@code ConversationEventReadMessage}. */
    public record ConversationEventReadMessage(
            @Json(name = "conversation_message_uuid") String conversationMessageUuid,
            @Json(name = "message_dts") Instant messageDts,
            @Json(name = "message_epoch") Long messageEpoch) {
    }

    /** {@code ConversationEventTyping}. */
    public record ConversationEventTyping(
            @Json(name = "author_conversation_participant_arn") String authorConversationParticipantArn,
            @Json(name = "author_conversation_participant_name") String authorConversationParticipantName,
            String value) {
    }

    /** {@code ConversationEventWebchatContext}. */
    public record ConversationEventWebchatContext(
            @Json(name = "cart_id") String cartId,
            String ucacid,
            String url) {
    }
}
