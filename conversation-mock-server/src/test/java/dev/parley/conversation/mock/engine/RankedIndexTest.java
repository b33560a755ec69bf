package dev.parley.conversation.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankedIndexTest {

    private record Entry(long key, String id) {
    }

    /** The index order, stated independently: newest (largest key) first, then id ascending. */
    private static final Comparator<Entry> NEWEST_FIRST =
            Comparator.comparingLong(Entry::key).reversed().thenComparing(Entry::id);

    @Test
    void randomAddsAndRemovesAgreeWithASortedListOnSizeRankAndRanges() {
        SplittableRandom random = new SplittableRandom(42);
        RankedIndex<Entry> index = new RankedIndex<>();
        List<Entry> model = new ArrayList<>();

        for (int step = 0; step < 5_000; step++) {
            if (model.isEmpty() || random.nextInt(3) > 0) {
                // Few distinct keys so that ties (broken by id) are common.
                Entry entry = new Entry(random.nextInt(50), "c" + random.nextInt(100_000));
                if (!model.contains(entry)) {
                    index.add(entry.key(), entry.id(), entry);
                    model.add(entry);
                }
            } else {
                Entry removed = model.remove(random.nextInt(model.size()));
                assertThat(index.remove(removed.key(), removed.id())).isTrue();
            }
            model.sort(NEWEST_FIRST);

            assertThat(index.size()).isEqualTo(model.size());
            long threshold = random.nextInt(52) - 1;
            assertThat(index.countAtOrAbove(threshold))
                    .isEqualTo((int) model.stream().filter(e -> e.key() >= threshold).count());
            int from = random.nextInt(model.size() + 2);
            int count = 1 + random.nextInt(12);
            assertThat(index.range(from, count))
                    .isEqualTo(model.subList(Math.min(from, model.size()), Math.min(model.size(), from + count)));
        }
    }

    @Test
    void removingAnAbsentKeyChangesNothing() {
        RankedIndex<String> index = new RankedIndex<>();
        index.add(5, "a", "a");

        assertThat(index.remove(5, "b")).isFalse();
        assertThat(index.remove(4, "a")).isFalse();
        assertThat(index.range(0, 10)).containsExactly("a");
    }

    @Test
    void aRangeFromTheWholeIndexVisitsEveryEntryInOrder() {
        RankedIndex<Integer> index = new RankedIndex<>();
        for (int i = 0; i < 1_000; i++) {
            index.add(i, "id", i);
        }

        List<Integer> all = index.range(0, 1_000);

        assertThat(all).hasSize(1_000).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theIndexStaysShallowWhenEntriesArriveInOrder() {
        RankedIndex<Integer> index = new RankedIndex<>();
        for (int i = 0; i < 20_000; i++) {
            index.add(i, "id", i);
        }
        for (int i = 0; i < 20_000; i += 2) {
            index.remove(i, "id");
        }

        // A treap's expected depth is about 3 log2(n), 43 for 10,000 entries; a list would be 10,000 deep.
        assertThat(index.depth()).isBetween(14, 60); // 10,000 entries need at least 14 levels
        assertThat(index.range(0, 3)).containsExactly(19_999, 19_997, 19_995);
    }

    @Test
    void aRangeStartingAtOrPastTheEndIsEmptyAndOneFromTheLastEntryHoldsIt() {
        RankedIndex<String> index = new RankedIndex<>();
        index.add(3, "a", "a");
        index.add(2, "b", "b");

        assertThat(index.range(1, 5)).containsExactly("b");
        assertThat(index.range(2, 5)).isEmpty();
        assertThat(index.range(-1, 5)).isEmpty();
        assertThat(index.range(0, 0)).isEmpty();
    }
}
