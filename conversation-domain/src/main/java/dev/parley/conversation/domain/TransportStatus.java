package dev.parley.conversation.domain;

/**
 * How far one message has travelled towards one participant ({@code ConversationMessageTransportStatus}).
 *
 * @param participant the recipient; optional
 * @param status      the delivery state; optional
 */
public record TransportStatus(ParticipantArn participant, DeliveryStatus status) {
}
