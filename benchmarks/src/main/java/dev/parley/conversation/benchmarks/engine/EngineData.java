package dev.parley.conversation.benchmarks.engine;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.mock.engine.TenantControl;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One large tenant for the scale runs: {@code conversations} SMS conversations of
 * {@code messagesPerConversation} messages each, customer and agent taking turns, through the engine's
 * public backstage (the same path a test's data takes).
 */
final class EngineData {
    static final String CREDENTIAL = "scale-benchmark";
    /** The message whose time {@code messages since} starts after: the newest half is returned. */
    static final int SINCE_INDEX = 9;

    private static final String[] CUSTOMER_LINES = {
        "Hi, where is my order #%d? It was supposed to arrive yesterday.",
        "Can I change the shipping address on order %d to my office?",
        "The tracking number for %d does not work on the carrier's site.",
        "Do you have the blue one in size %d? The page says out of stock.",
        "Thanks, that worked. One more question about invoice %d.",
    };
    private static final String[] AGENT_LINES = {
        "Happy to help! Let me look up order %d for you.",
        "I have updated the address on order %d; you will get a confirmation email.",
        "The carrier shows %d as in transit, expected tomorrow before 5pm.",
        "We restock that item on the %dth; shall I reserve one for you?",
        "You are welcome! Invoice %d is attached to your account page.",
    };

    final ConversationEngine engine;
    final ConversationId[] ids;
    /** Per conversation, the epoch millisecond of its message {@link #SINCE_INDEX}. */
    final long[] sinceEpochs;

    private EngineData(ConversationEngine engine, ConversationId[] ids, long[] sinceEpochs) {
        this.engine = engine;
        this.ids = ids;
        this.sinceEpochs = sinceEpochs;
    }

    static EngineData load(int conversations, int messagesPerConversation) {
        ConversationEngine engine = ConversationEngine.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
        TenantControl tenant = engine.control(CREDENTIAL);
        ParticipantArn agent = tenant.agentArn();
        ConversationId[] ids = new ConversationId[conversations];
        long[] since = new long[conversations];
        for (int c = 0; c < conversations; c++) {
            ParticipantArn customer = ParticipantArn.of(String.format(Locale.ROOT, "arn:bench:customer/+1512%07d", c));
            ids[c] = tenant.customerStartsConversation(Medium.SMS, null, customer, "Customer " + c,
                    line(CUSTOMER_LINES, c, 0));
            for (int m = 1; m < messagesPerConversation; m++) {
                boolean fromAgent = m % 2 == 1;
                Message message = tenant.addMessage(ids[c], fromAgent ? agent : customer, null,
                        line(fromAgent ? AGENT_LINES : CUSTOMER_LINES, c, m));
                if (m == SINCE_INDEX) {
                    since[c] = message.epochMillis();
                }
            }
        }
        return new EngineData(engine, ids, since);
    }

    private static String line(String[] lines, int conversation, int message) {
        return String.format(Locale.ROOT, lines[(conversation + message) % lines.length], 100_000 + conversation * 31 + message);
    }
}
