package dev.parley.conversation.domain;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The lazy walk behind {@link ConversationPort#streamConversations}. A page that says more follows
 * but points at or before the offset just asked for would have the walk ask for the same pages
 * forever; the walk fails with a {@link TransportException} instead.
 */
final class PageWalk {
    private PageWalk() {
    }

    static Stream<ConversationSummary> stream(
            ConversationListQuery first, Function<ConversationListQuery, Page<ConversationSummary>> fetch) {
        Checks.nonNull(first, "query");
        Checks.nonNull(fetch, "page fetcher");
        Iterator<ConversationSummary> iterator = new Iterator<>() {
            private final Set<ConversationId> seen = new HashSet<>();
            private ConversationListQuery nextQuery = first;
            private Iterator<ConversationSummary> page = null;
            private ConversationSummary pending;

            @Override
            public boolean hasNext() {
                while (pending == null) {
                    if (page != null && page.hasNext()) {
                        ConversationSummary candidate = page.next();
                        if (seen.add(candidate.id())) {
                            pending = candidate;
                        }
                    } else if (nextQuery != null) {
                        Page<ConversationSummary> fetched = fetch.apply(nextQuery);
                        page = fetched.items().iterator();
                        nextQuery = fetched.hasMore() && !fetched.items().isEmpty()
                                ? nextQuery.withOffset(advanced(nextQuery.offset(), fetched.nextOffset()))
                                : null;
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public ConversationSummary next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more conversations");
                }
                ConversationSummary result = pending;
                pending = null;
                return result;
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static int advanced(int asked, int next) {
        if (next <= asked) {
            throw new TransportException("The conversation listing does not advance: asked for the page at offset " + asked
                    + ", the server said more conversations follow at offset " + next + " (not after " + asked
                    + "); stopping rather than asking for the same page again", null);
        }
        return next;
    }
}
