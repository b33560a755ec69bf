package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ParticipantArn;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChannelTest {
    private final Channel channel = new Channel(10);
    private final AtomicInteger writes = new AtomicInteger();
    private final Function<ConversationEvent, String> writer = event -> {
        writes.incrementAndGet();
        return "frame of " + event;
    };

    @Test
    void oneEventFannedOutToManySocketsIsWrittenOnce() {
        ConversationEvent event = typing("a");

        for (int socket = 0; socket < 1000; socket++) {
            assertThat(channel.frameOf(event, writer)).isEqualTo("frame of " + event);
        }

        assertThat(writes).hasValue(1);
    }

    @Test
    void eachEventKeepsItsOwnFrameWhileSocketsDrainAtDifferentPaces() {
        ConversationEvent first = typing("first");
        ConversationEvent second = typing("second");

        String firstFrame = channel.frameOf(first, writer);
        String secondFrame = channel.frameOf(second, writer);

        assertThat(channel.frameOf(first, writer)).isEqualTo(firstFrame).contains("first");
        assertThat(channel.frameOf(second, writer)).isEqualTo(secondFrame).contains("second");
    }

    @Test
    void anEqualButDistinctEventIsWrittenAgainNotMistakenForAnother() {
        channel.frameOf(typing("same"), writer);
        channel.frameOf(typing("same"), writer);

        assertThat(writes).hasValue(2);
    }

    private static ConversationEvent typing(String value) {
        return new ConversationEvent.Typing(ConversationId.of("c-1"), ParticipantArn.of("arn:customer:1"), "Zoë Müller", value);
    }
}
