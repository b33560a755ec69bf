package dev.parley.conversation.wire;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.MessageRefusedException.Reason;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a refusal notice, {@code refused STATUS TOKEN: SENTENCE} ({@link RealtimeFrame.Refusal}):
 * the tokens, their statuses, and parsing.
 */
final class RefusalBodies {
    private static final String NOT_FOUND = "not_found";
    private static final String UNKNOWN = "refused";
    private static final Map<Reason, String> TOKENS = Map.of(
            Reason.NOT_A_PARTICIPANT, "not_a_participant",
            Reason.CONVERSATION_CLOSED, "conversation_closed",
            Reason.UNKNOWN_UPLOAD_KEY, "unknown_upload_key",
            Reason.EMPTY_MESSAGE, "empty_message",
            Reason.TOO_LARGE, "too_large",
            Reason.UNKNOWN, UNKNOWN);
    private static final Pattern BODY = Pattern.compile("refused (4\\d\\d) ([a-z_]+): (.*)", Pattern.DOTALL);

    private RefusalBodies() {
    }

    /** The token of a reason; null (not found) is {@code not_found}. */
    static String tokenOf(Reason reason) {
        return reason == null ? NOT_FOUND : TOKENS.get(reason);
    }

    /** The status a reason is answered with; null (not found) is 404. */
    static int statusOf(Reason reason) {
        if (reason == null) {
            return 404;
        }
        return switch (reason) {
            case NOT_A_PARTICIPANT, CONVERSATION_CLOSED -> 409;
            case TOO_LARGE -> 413;
            case UNKNOWN_UPLOAD_KEY, EMPTY_MESSAGE, UNKNOWN -> 400;
        };
    }

    static String write(RealtimeFrame.Refusal refusal) {
        return "refused " + refusal.status() + " " + refusal.token() + ": " + refusal.sentence();
    }

    /**
     * The refusal a notice's body describes, or null when the body is not a refusal's. An unknown
     * token is {@link Reason#UNKNOWN}.
     */
    static RealtimeFrame.Refusal parse(
            ConversationId conversation, String clientMessageId, String body) {
        if (body == null) {
            return null;
        }
        Matcher matcher = BODY.matcher(body);
        if (!matcher.matches()) {
            return null;
        }
        int status = Integer.parseInt(matcher.group(1));
        String token = matcher.group(2);
        Reason reason = NOT_FOUND.equals(token) ? null : TOKENS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(token))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Reason.UNKNOWN);
        return new RealtimeFrame.Refusal(conversation, clientMessageId, status, reason, matcher.group(3));
    }
}
