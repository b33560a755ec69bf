package dev.parley.conversation.client;

import static dev.parley.conversation.client.Scripted.ok;
import static dev.parley.conversation.client.Scripted.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Page;
import java.util.Iterator;
import java.util.List;
import mockwebserver3.MockWebServer;
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
}
