package dev.parley.conversation.domain;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, with where it sits in the whole ({@code metadata.result_set}).
 *
 * @param items        the page's items, in the listing's order
 * @param offset       zero-based position of the first item in the whole listing
 * @param limit        the page size asked for
 * @param totalRecords how many items the whole listing holds; {@code null} when the server did not say
 * @param nextOffset   the offset of the next page; {@code null} when this is the last page
 * @param <T>          the item type
 */
public record Page<T>(List<T> items, int offset, int limit, Integer totalRecords, Integer nextOffset) {

    /**
     * Creates the value, checking its components.
     *
     * @param items the page's items, in the listing's order
     * @param offset zero-based position of the first item in the whole listing
     * @param limit the page size asked for
     * @param totalRecords how many items the whole listing holds; {@code null} when the server did not say
     * @param nextOffset the offset of the next page; {@code null} when this is the last page
     * @throws IllegalArgumentException when offsets or counts are negative or an item is null
     */
    public Page {
        items = Checks.list(items, "page items");
        Checks.atLeast(offset, 0, "page offset");
        Checks.atLeast(limit, 0, "page limit");
        if (totalRecords != null) {
            Checks.atLeast(totalRecords, 0, "page total records");
        }
        if (nextOffset != null && nextOffset <= offset) {
            throw new IllegalArgumentException(
                    "page next offset must be greater than its offset " + offset + " but was " + nextOffset);
        }
    }

    /**
     * Whether another page follows this one.
     *
     * @return true when a next page exists
     */
    public boolean hasMore() {
        return nextOffset != null;
    }

    /**
     * The next page's offset, when there is one.
     *
     * @return the next page's offset, or empty on the last page
     */
    public Optional<Integer> next() {
        return Optional.ofNullable(nextOffset);
    }
}
