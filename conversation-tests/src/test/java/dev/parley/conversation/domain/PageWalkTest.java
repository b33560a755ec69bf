package dev.parley.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageWalkTest {

    /** A port whose listing serves {@code total} conversations in pages and counts the calls. */
    private static class PagedPort extends UnsupportedPort {
        final List<ConversationSummary> all;
        final List<Integer> offsetsAsked = new ArrayList<>();

        PagedPort(int total) {
            all = IntStream.range(0, total).mapToObj(i -> summary("c" + i)).collect(Collectors.toList());
        }

        @Override
        public Page<ConversationSummary> listConversations(ConversationListQuery query) {
            offsetsAsked.add(query.offset());
            int from = Math.min(query.offset(), all.size());
            int to = Math.min(from + query.limit(), all.size());
            Integer next = to < all.size() ? to : null;
            return new Page<>(all.subList(from, to), query.offset(), query.limit(), all.size(), next);
        }
    }

    static ConversationSummary summary(String id) {
        return new ConversationSummary(ConversationId.of(id), null, null, Medium.SMS, false, true, false,
                null, null, null, null, null, null, 0, List.of());
    }

    @Test
    void walkVisitsEveryConversationOnceInOrder() {
        PagedPort port = new PagedPort(7);
        List<String> ids = port.streamConversations(ConversationListQuery.all().withLimit(3))
                .map(s -> s.id().value()).collect(Collectors.toList());
        assertThat(ids).containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6");
        assertThat(port.offsetsAsked).containsExactly(0, 3, 6);
    }

    @Test
    void walkFetchesTheNextPageOnlyWhenTheStreamReachesIt() {
        PagedPort port = new PagedPort(10);
        List<ConversationSummary> firstTwo = port.streamConversations(ConversationListQuery.all().withLimit(4))
                .limit(2).collect(Collectors.toList());
        assertThat(firstTwo).hasSize(2);
        assertThat(port.offsetsAsked).containsExactly(0);
    }

    @Test
    void walkGivesAConversationThatShiftedIntoTheNextPageOnlyOnce() {
        PagedPort port = new PagedPort(4) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                if (query.offset() == 2) {
                    // a newer conversation pushed c1 down into the second page
                    all.add(0, summary("new"));
                }
                return super.listConversations(query);
            }
        };
        List<String> ids = port.streamConversations(ConversationListQuery.all().withLimit(2))
                .map(s -> s.id().value()).collect(Collectors.toList());
        assertThat(ids).containsExactly("c0", "c1", "c2", "c3");
    }

    @Test
    void walkOfAnEmptyListingIsEmpty() {
        assertThat(new PagedPort(0).streamConversations(ConversationListQuery.all())).isEmpty();
    }

    @Test
    void aListingThatDoesNotAdvanceFailsInsteadOfAskingForTheSamePageForever() {
        PagedPort port = new PagedPort(10) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                offsetsAsked.add(query.offset());
                if (offsetsAsked.size() > 20) {
                    throw new AssertionError("asked for the same page " + offsetsAsked.size() + " times");
                }
                // a server that leaves out its offset: every page claims to start at 0, so next is 2 again
                return new Page<>(all.subList(query.offset(), query.offset() + 2), 0, 2, 10, 2);
            }
        };

        assertThatThrownBy(() -> port.streamConversations(ConversationListQuery.all().withLimit(2)).count())
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("does not advance")
                .hasMessageContaining("offset 2");
        assertThat(port.offsetsAsked).containsExactly(0, 2);
    }
}
