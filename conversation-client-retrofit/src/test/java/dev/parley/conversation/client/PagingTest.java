package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.ok;
import static dev.parley.conversation.client.Scripted.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.TransportException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Pages as the server describes them, and the lazy walk over all of them. */
class PagingTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void aPageCarriesItsPlaceInTheWholeListing() {
        server.enqueue(ok(page(2, 2, 5, "c", "d")));

        Page<ConversationSummary> page = Scripted.client(server).listConversations(ConversationListQuery.all().withLimit(2).withOffset(2));

        assertThat(page.items()).extracting(ConversationSummary::id).containsExactly(ConversationId.of("c"), ConversationId.of("d"));
        assertThat(page.offset()).isEqualTo(2);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.totalRecords()).isEqualTo(5);
        assertThat(page.nextOffset()).isEqualTo(4);
    }

    @Test
    void streamingFetchesTheNextPageOnlyWhenTheWalkReachesIt() throws Exception {
        server.enqueue(ok(page(0, 2, 5, "a", "b")));
        server.enqueue(ok(page(2, 2, 5, "c", "d")));
        server.enqueue(ok(page(4, 2, 5, "e")));
        var client = Scripted.client(server);

        Iterator<ConversationSummary> walk = client.streamConversations(ConversationListQuery.all().withLimit(2)).iterator();
        assertThat(server.getRequestCount()).isZero();
        walk.next();
        walk.next();
        assertThat(server.getRequestCount()).isEqualTo(1);
        walk.next();
        assertThat(server.getRequestCount()).isEqualTo(2);
        walk.next();
        walk.next();
        assertThat(walk.hasNext()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(3);

        assertThat(List.of(server.takeRequest(), server.takeRequest(), server.takeRequest()))
                .extracting(request -> request.getUrl().queryParameter("_offset"))
                .containsExactly("0", "2", "4");
    }

    @Test
    void streamingVisitsEveryConversationOnceEvenWhenOneMovesAcrossPages() {
        server.enqueue(ok(page(0, 2, 4, "a", "b")));
        server.enqueue(ok(page(2, 2, 4, "b", "c")));
        server.enqueue(ok(page(4, 2, 4)));

        List<String> ids = Scripted.client(server).streamConversations(ConversationListQuery.all().withLimit(2))
                .map(summary -> summary.id().value())
                .toList();

        assertThat(ids).containsExactly("a", "b", "c");
    }


    @Test
    void streamingFromAServerThatDoesNotAdvanceFailsInsteadOfAskingForeverForTheSamePage() {
        AtomicInteger asked = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (asked.incrementAndGet() > 20) {
                    return Scripted.error(400, "asked for the same page " + asked + " times");
                }
                if ("0".equals(request.getUrl().queryParameter("_offset"))) {
                    return ok(page(0, 2, 10, "a", "b"));
                }
                // more: true without its own offset or a next_offset: the page claims to start at 0 again
                return ok("{\"conversations\":[" + Scripted.summaryJson("c") + "," + Scripted.summaryJson("d")
                        + "],\"success\":true,\"metadata\":{\"result_set\":{\"count\":2,\"more\":true}}}");
            }
        });

        Stream<ConversationSummary> walk = Scripted.client(server).streamConversations(ConversationListQuery.all().withLimit(2));

        assertThatThrownBy(walk::count)
                .isInstanceOf(TransportException.class)
                .hasMessage("The conversation listing does not advance: asked for the page at offset 2, the server said"
                        + " more conversations follow at offset 2 (not after 2); stopping rather than asking for the"
                        + " same page again");
        assertThat(asked).hasValue(2);
    }
}
