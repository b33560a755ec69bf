package dev.parley.conversation.tck;

import static dev.parley.conversation.tck.Kit.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.StartConversationRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Operation 8: listing conversations, newest first, in pages, filtered. */
final class ListingRules {
    private static final int CONVERSATIONS = 5;
    /** Enough conversations for many pages and for an index to be more than a list. */
    private static final int MANY = 24;
    /** More pages than any tenant the kit builds could need: a walk that goes on is looping. */
    private static final int MAX_PAGES = 10_000;

    private final Kit kit;

    ListingRules(Kit kit) {
        this.kit = kit;
    }

    // ---- order ----------------------------------------------------------------------------------

    void newestToOldest() {
        List<ConversationId> created = customerConversations(4);
        List<ConversationSummary> listed = page(ConversationListQuery.all().withLimit(ConversationListQuery.MAX_LIMIT))
                .items();
        assertThat(listed.stream().map(ConversationSummary::lastMessageAt).filter(Objects::nonNull)
                .collect(Collectors.toList()))
                .as(rule("list_01", "conversations are listed newest to oldest by last_message_dts; check the sort"
                        + " direction")).isSortedAccordingTo(Comparator.reverseOrder());
        List<ConversationId> ours = listed.stream().map(ConversationSummary::id).filter(created::contains)
                .collect(Collectors.toList());
        List<Instant> times = created.stream().map(id -> kit.get(id).summary().lastMessageAt())
                .collect(Collectors.toList());
        kit.requireDistinct(times, "tell newer conversations from older ones");
        List<ConversationId> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(ours).as(rule("list_01", "the conversations the kit opened one after the other are listed the"
                + " last opened first")).containsExactlyElementsOf(newestFirst);
    }

    void newMessageMovesConversationFirst() {
        Kit.CustomerChat oldest = kit.customerTexts();
        kit.tick();
        List<ConversationId> newer = customerConversations(2);
        kit.tick();
        kit.customerWrites(oldest, Kit.unique("bump"));
        List<ConversationId> listed = ids(page(ConversationListQuery.all().withLimit(ConversationListQuery.MAX_LIMIT)));
        List<ConversationId> ours = listed.stream().filter(id -> id.equals(oldest.id()) || newer.contains(id))
                .collect(Collectors.toList());
        kit.requireDistinct(List.of(kit.get(oldest.id()).summary().lastMessageAt(),
                kit.get(newer.get(1)).summary().lastMessageAt()), "tell the bumped conversation from the newer one");
        assertThat(ours).as(rule("list_02", "a new message makes its conversation the newest: it is listed before"
                + " conversations whose last message is older")).startsWith(oldest.id());
    }

    void orderHoldsAcrossManyConversations() {
        kit.require(BackstageCapability.MESSAGES, "have messages arrive in older conversations");
        List<Kit.CustomerChat> chats = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            kit.tick();
            chats.add(kit.customerTexts());
        }
        for (int i = 0; i < MANY; i += 3) {
            kit.tick();
            kit.customerWrites(chats.get(i), Kit.unique("bump"));
        }
        List<ConversationId> ours = chats.stream().map(Kit.CustomerChat::id).collect(Collectors.toList());
        Map<ConversationId, Instant> lastMessage = ours.stream()
                .collect(Collectors.toMap(id -> id, id -> kit.get(id).summary().lastMessageAt()));
        kit.requireDistinct(new ArrayList<>(lastMessage.values()), "tell newer conversations from older ones");
        List<ConversationId> expected = ours.stream()
                .sorted(Comparator.comparing(lastMessage::get, Comparator.reverseOrder())).collect(Collectors.toList());
        for (int limit : new int[] {1, 5, 7, ConversationListQuery.MAX_LIMIT}) {
            List<ConversationId> walked = walk(stable().withLimit(limit)).visited.stream().filter(lastMessage::containsKey)
                    .collect(Collectors.toList());
            assertThat(walked).as(rule("list_17", "walking " + MANY + " conversations in pages of " + limit + ", some"
                    + " of them bumped by new messages, lists each once, newest last message first"))
                    .containsExactlyElementsOf(expected);
        }
    }

    // ---- walking the pages ----------------------------------------------------------------------

    void pagesVisitEachConversationOnce() {
        List<ConversationId> created = kit.someConversations(CONVERSATIONS);
        for (int limit : new int[] {1, 2, 3}) {
            Walk walk = walk(stable().withLimit(limit));
            assertThat(walk.visited).as(rule("list_03", "walking the pages with next_offset (limit " + limit + ")"
                    + " never gives a conversation twice; check next_offset = offset + count"))
                    .doesNotHaveDuplicates();
            assertThat(walk.visited).as(rule("list_03", "walking the pages with next_offset (limit " + limit + ")"
                    + " reaches every conversation; check next_offset = offset + count and that the last page is"
                    + " the one without next_offset")).containsAll(created);
            if (walk.stableTotal()) {
                assertThat(walk.visited).as(rule("list_03", "the walk (limit " + limit + ") visits total_records"
                        + " conversations")).hasSize(walk.totals.get(0));
            }
        }
    }

    void streamVisitsEachConversationOnce() {
        List<ConversationId> created = kit.someConversations(CONVERSATIONS);
        for (int limit : new int[] {1, 2, 4}) {
            List<ConversationId> streamed = kit.port().streamConversations(stable().withLimit(limit))
                    .map(ConversationSummary::id).collect(Collectors.toList());
            assertThat(streamed).as(rule("list_04", "streamConversations (limit " + limit + ") gives each"
                    + " conversation once")).doesNotHaveDuplicates();
            assertThat(streamed).as(rule("list_04", "streamConversations (limit " + limit + ") reaches every"
                    + " conversation, across pages")).containsAll(created);
        }
    }

    void pinnedWalkIgnoresArrivals() {
        kit.require(BackstageCapability.CLOCK, "have conversations arrive after the walk's pinned 'before'");
        List<ConversationId> created = customerConversations(CONVERSATIONS);
        kit.tick();
        ConversationListQuery pinned = ConversationListQuery.all().withBefore(kit.backstage().now()).withLimit(2);
        List<ConversationId> visited = new ArrayList<>();
        Page<ConversationSummary> page = page(pinned);
        visited.addAll(ids(page));
        // Arrivals get the clock's time, equal to the pinned 'before': not strictly earlier, so not listed.
        List<ConversationId> arrivals = new ArrayList<>(List.of(kit.customerTexts().id(), kit.customerTexts().id()));
        for (int pages = 0; page.hasMore() && pages < MAX_PAGES; pages++) {
            page = page(pinned.withOffset(page.nextOffset()));
            visited.addAll(ids(page));
            if (pages == 0) {
                arrivals.add(kit.customerTexts().id());
            }
        }
        assertThat(visited).as(rule("list_05", "a walk with 'before' pinned gives each conversation once although"
                + " others arrived between its pages")).doesNotHaveDuplicates();
        assertThat(visited).as(rule("list_05", "a walk with 'before' pinned reaches every conversation older than"
                + " 'before' although others arrived between its pages")).containsAll(created);
        assertThat(visited).as(rule("list_05", "conversations that arrived at or after the pinned 'before' are not"
                + " listed by it")).doesNotContainAnyElementsOf(arrivals);
    }

    void streamGivesEachOnceWhenArrivalsShiftPages() {
        List<ConversationId> created = customerConversations(CONVERSATIONS);
        Iterator<ConversationSummary> stream = kit.port().streamConversations(ConversationListQuery.all().withLimit(2))
                .iterator();
        List<ConversationId> streamed = new ArrayList<>();
        for (int i = 0; i < 2 && stream.hasNext(); i++) {
            streamed.add(stream.next().id());
        }
        kit.tick();
        kit.customerTexts();
        kit.customerTexts();
        stream.forEachRemaining(s -> streamed.add(s.id()));
        assertThat(streamed).as(rule("list_16", "streamConversations gives each conversation once even when new"
                + " ones arriving between pages shift the older ones into pages already read"))
                .doesNotHaveDuplicates();
        assertThat(streamed).as(rule("list_16", "streamConversations still reaches every conversation that was there"
                + " when it began")).containsAll(created);
    }

    // ---- result_set -----------------------------------------------------------------------------

    void resultSetArithmetic() {
        kit.someConversations(CONVERSATIONS);
        ConversationListQuery query = stable();
        Page<ConversationSummary> whole = page(query.withLimit(ConversationListQuery.MAX_LIMIT));
        int total = total(whole, "list_06");
        List<ConversationId> all = ids(whole);
        int[][] slices = {{0, 2}, {1, 2}, {2, 3}, {0, 1}, {3, 1}, {1, 4}};
        for (int[] slice : slices) {
            int offset = slice[0];
            int limit = slice[1];
            Page<ConversationSummary> page = page(query.withOffset(offset).withLimit(limit));
            String which = "_offset=" + offset + " _limit=" + limit + " over " + total + " conversations: ";
            int expectedCount = Math.max(0, Math.min(limit, total - offset));
            assertThat(page.offset()).as(rule("list_06", which + "result_set.offset echoes _offset")).isEqualTo(offset);
            assertThat(page.limit()).as(rule("list_06", which + "result_set.limit echoes _limit")).isEqualTo(limit);
            assertThat(page.totalRecords()).as(rule("list_06", which + "result_set.total_records counts every"
                    + " matching conversation, not the page")).isEqualTo(total);
            assertThat(page.items()).as(rule("list_06", which + "count = min(limit, total - offset)"))
                    .hasSize(expectedCount);
            if (offset + limit <= all.size()) {
                assertThat(ids(page)).as(rule("list_06", which + "_offset is zero-based: the page holds the"
                        + " conversations at positions " + offset + ".." + (offset + limit - 1) + " of the listing"))
                        .containsExactlyElementsOf(all.subList(offset, offset + limit));
            }
            Integer expectedNext = offset + page.items().size() < total ? offset + page.items().size() : null;
            assertThat(page.nextOffset()).as(rule("list_06", which + "next_offset = offset + count while more"
                    + " conversations follow, absent (more=false) on the last page")).isEqualTo(expectedNext);
        }
    }

    void lastPageHasNoNext() {
        kit.someConversations(CONVERSATIONS);
        ConversationListQuery query = stable();
        int total = total(page(query.withLimit(1)), "list_07");
        Page<ConversationSummary> exact = page(query.withOffset(total - 2).withLimit(2));
        assertThat(exact.items()).as(rule("list_07", "the page that ends exactly at the last conversation holds 2"))
                .hasSize(2);
        assertThat(exact.nextOffset()).as(rule("list_07", "a page ending exactly at the last conversation has no"
                + " next_offset and more=false; check 'more' is offset + count < total, not <="))
                .isNull();
        Page<ConversationSummary> partial = page(query.withOffset(total - 1).withLimit(3));
        assertThat(partial.items()).as(rule("list_07", "a last page shorter than the limit holds what is left"))
                .hasSize(1);
        assertThat(partial.nextOffset()).as(rule("list_07", "a last page shorter than the limit has no next_offset"))
                .isNull();
        Page<ConversationSummary> beforeLast = page(query.withOffset(total - 3).withLimit(2));
        assertThat(beforeLast.nextOffset()).as(rule("list_07", "the page before the last one points at it"))
                .isEqualTo(total - 1);
    }

    void offsetBeyondEndGivesEmptyPage() {
        kit.someConversations(2);
        ConversationListQuery query = stable();
        int total = total(page(query.withLimit(1)), "list_08");
        for (int offset : new int[] {total, total + 1, total + 500}) {
            Page<ConversationSummary> page = page(query.withOffset(offset).withLimit(10));
            assertThat(page.items()).as(rule("list_08", "_offset=" + offset + " at or past the end (" + total
                    + " conversations) gives an empty page")).isEmpty();
            assertThat(page.nextOffset()).as(rule("list_08", "a page past the end has no next_offset")).isNull();
            assertThat(page.totalRecords()).as(rule("list_08", "a page past the end still counts total_records"))
                    .isEqualTo(total);
        }
    }

    void limitDefaultAndEcho() {
        kit.someConversations(3);
        assertThat(ConversationListQuery.all().limit()).as(rule("list_09", "_limit defaults to 100"))
                .isEqualTo(ConversationListQuery.DEFAULT_LIMIT).isEqualTo(100);
        Page<ConversationSummary> byDefault = page(ConversationListQuery.all());
        assertThat(byDefault.limit()).as(rule("list_09", "result_set.limit is 100 by default")).isEqualTo(100);
        assertThat(byDefault.items().size()).as(rule("list_09", "a page holds at most 100 by default"))
                .isLessThanOrEqualTo(100);
        Page<ConversationSummary> one = page(stable().withLimit(1));
        assertThat(one.items()).as(rule("list_09", "_limit=1 gives one conversation")).hasSize(1);
        assertThat(one.nextOffset()).as(rule("list_09", "_limit=1 over several conversations says more follow at"
                + " offset 1")).isEqualTo(1);
    }

    void extremeValidQueriesAccepted() {
        ConversationListQuery[] extremes = {
            ConversationListQuery.all().withLimit(1),
            ConversationListQuery.all().withLimit(ConversationListQuery.MAX_LIMIT),
            ConversationListQuery.all().withOffset(1_000_000),
            ConversationListQuery.all().withBefore(Instant.EPOCH),
            ConversationListQuery.all().withMedium(Medium.SMS).withBefore(Instant.parse("2100-01-01T00:00:00Z")),
        };
        for (ConversationListQuery query : extremes) {
            assertThatCode(() -> kit.port().listConversations(query))
                    .as(rule("list_10", "the port accepts every valid query, here " + query)).doesNotThrowAnyException();
        }
    }

    // ---- filters --------------------------------------------------------------------------------

    void mediumFilter() {
        ConversationId sms = kit.agentStartsSms().id();
        ConversationId webchat = someWebchat();
        for (Medium medium : new Medium[] {Medium.SMS, Medium.WEBSOCKET}) {
            // The kit's conversations are the newest: the first page holds them, however big the tenant.
            Page<ConversationSummary> first = page(ConversationListQuery.all().withMedium(medium)
                    .withLimit(ConversationListQuery.MAX_LIMIT));
            assertThat(first.items()).extracting(ConversationSummary::medium)
                    .as(rule("list_11", "medium=" + medium.value() + " lists only " + medium.value() + " conversations"))
                    .containsOnly(medium);
            ConversationId mine = medium == Medium.SMS ? sms : webchat;
            ConversationId theOther = medium == Medium.SMS ? webchat : sms;
            assertThat(ids(first)).as(rule("list_11", "medium=" + medium.value() + " lists the " + medium.value()
                    + " conversation and not the other")).contains(mine).doesNotContain(theOther);
            if (!first.hasMore()) {
                assertThat(first.totalRecords()).as(rule("list_11", "with medium=" + medium.value() + " total_records"
                        + " counts only the matching conversations")).isEqualTo(first.items().size());
            }
        }
    }

    void beforeIsStrictlyEarlier() {
        Kit.CustomerChat older = kit.customerTexts();
        kit.tick();
        Kit.CustomerChat newer = kit.customerTexts();
        Instant t1 = kit.get(older.id()).summary().lastMessageAt();
        Instant t2 = kit.get(newer.id()).summary().lastMessageAt();
        assertThat(t1).as(rule("list_12", "a conversation with a message has last_message_dts")).isNotNull();
        kit.requireDistinct(List.of(t1, t2), "put one conversation before 'before' and the other not");
        assertBefore(t2, List.of(older.id()), List.of(newer.id()), "'before' = the newer one's last message");
        assertBefore(t1, List.of(), List.of(older.id(), newer.id()), "'before' = the older one's last message:"
                + " strictly earlier excludes a conversation whose last message is exactly at 'before'");
        assertBefore(t1.plusMillis(1), List.of(older.id()), List.of(newer.id()), "'before' one millisecond after"
                + " the older one's last message");
        assertBefore(t2.plusMillis(1), List.of(older.id(), newer.id()), List.of(), "'before' after both");
        ConversationListQuery query = ConversationListQuery.all().withBefore(t2).withLimit(ConversationListQuery.MAX_LIMIT);
        assertThat(page(query).items()).extracting(ConversationSummary::lastMessageAt).filteredOn(Objects::nonNull)
                .as(rule("list_12", "every conversation listed with 'before' has its last message strictly before it"))
                .allMatch(t -> t.isBefore(t2));
        long matching = kit.port().streamConversations(query.withLimit(2)).count();
        assertThat(page(query.withLimit(1)).totalRecords()).as(rule("list_12", "with 'before', total_records counts"
                + " only the conversations strictly before it")).isEqualTo((int) matching);
    }

    void subMillisecondBeforeStaysExclusive() {
        Kit.CustomerChat chat = kit.customerTexts();
        Instant at = kit.get(chat.id()).summary().lastMessageAt();
        assertThat(at).as(rule("list_18", "a conversation with a message has last_message_dts")).isNotNull();
        Instant halfAfter = at.plusNanos(500_000);
        assertThat(listedBefore(halfAfter)).as(rule("list_18", "'before' half a millisecond after a conversation's"
                + " last message (" + halfAfter + ") lists it: its last message is strictly earlier; check a"
                + " sub-millisecond 'before' is rounded up to the millisecond, not truncated")).contains(chat.id());
        Instant halfBefore = at.minusNanos(500_000);
        assertThat(listedBefore(halfBefore)).as(rule("list_18", "'before' half a millisecond before a conversation's"
                + " last message (" + halfBefore + ") does not list it; check 'before' stays exclusive"))
                .doesNotContain(chat.id());
    }

    private List<ConversationId> listedBefore(Instant before) {
        return kit.port().streamConversations(
                ConversationListQuery.all().withBefore(before).withLimit(ConversationListQuery.MAX_LIMIT))
                .map(ConversationSummary::id).collect(Collectors.toList());
    }

    void filtersCombine() {
        Kit.CustomerChat sms = kit.customerTexts();
        Kit.CustomerChat webchat = kit.customerChats(Kit.newQueueName());
        kit.tick();
        Kit.CustomerChat laterWebchat = kit.customerChats(Kit.newQueueName());
        Instant pin = kit.get(laterWebchat.id()).summary().lastMessageAt();
        kit.requireDistinct(List.of(kit.get(webchat.id()).summary().lastMessageAt(), pin),
                "put one webchat before 'before' and the other not");
        List<ConversationId> listed = kit.port().streamConversations(
                ConversationListQuery.all().withMedium(Medium.WEBSOCKET).withBefore(pin).withLimit(50))
                .map(ConversationSummary::id).collect(Collectors.toList());
        assertThat(listed).as(rule("list_13", "medium and before combine: a websocket conversation before 'before'"
                + " is listed")).contains(webchat.id());
        assertThat(listed).as(rule("list_13", "medium and before combine: neither the sms conversation nor the"
                + " webchat at 'before' is listed")).doesNotContain(sms.id(), laterWebchat.id());
    }

    // ---- summaries ------------------------------------------------------------------------------

    void summaryAgreesWithGet() {
        for (ConversationId id : kit.someConversations(2)) {
            ConversationSummary listed = kit.listedOrFail(id, "list_14");
            assertThat(listed).as(rule("list_14", "a conversation's summary in the listing is the summary"
                    + " getConversation returns, every field")).isEqualTo(kit.get(id).summary());
        }
    }

    void summaryCarriesLastMessageAndUnread() {
        Kit.CustomerChat chat = kit.customerTexts();
        kit.tick();
        String latest = Kit.unique("latest");
        kit.customerWrites(chat, latest);
        ConversationSummary listed = kit.listedOrFail(chat.id(), "list_15");
        assertThat(listed.lastMessageBody()).as(rule("list_15", "each listed conversation carries its most recent"
                + " message")).isEqualTo(latest);
        assertThat(listed.lastParticipantArn()).as(rule("list_15", "the most recent message's author is listed"))
                .isEqualTo(chat.customer());
        assertThat(listed.messageCount()).as(rule("list_15", "message_count counts both messages")).isEqualTo(2);
        assertThat(listed.unreadMessages()).as(rule("list_15", "a conversation whose customer messages the agent has"
                + " not marked read is listed unread")).isTrue();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** What a manual walk saw: every id in order, and each page's total_records. */
    private record Walk(List<ConversationId> visited, List<Integer> totals) {
        boolean stableTotal() {
            return !totals.contains(null) && totals.stream().distinct().count() == 1;
        }
    }

    private Walk walk(ConversationListQuery query) {
        List<ConversationId> visited = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        Page<ConversationSummary> page = page(query);
        for (int pages = 0; ; pages++) {
            visited.addAll(ids(page));
            totals.add(page.totalRecords());
            if (!page.hasMore() || pages >= MAX_PAGES) {
                return new Walk(visited, totals);
            }
            page = page(query.withOffset(page.nextOffset()));
        }
    }

    /**
     * The query for rules that compare several listings: pinned before the clock's now when the kit
     * controls time and its conversations have messages, so other activity on a shared tenant does not
     * move them; else every conversation.
     */
    private ConversationListQuery stable() {
        if (kit.can(BackstageCapability.CLOCK) && kit.can(BackstageCapability.CUSTOMER_CONVERSATIONS)) {
            kit.tick();
            return ConversationListQuery.all().withBefore(kit.backstage().now());
        }
        return ConversationListQuery.all();
    }

    private List<ConversationId> customerConversations(int count) {
        kit.require(BackstageCapability.CUSTOMER_CONVERSATIONS, "open conversations that have a last message");
        return kit.someConversations(count);
    }

    /** A webchat conversation: started by the agent in a new queue, or opened by a customer. */
    private ConversationId someWebchat() {
        if (kit.can(BackstageCapability.QUEUES)) {
            return kit.port().startConversation(StartConversationRequest.inQueue(kit.newQueue(Kit.newQueueName()))).id();
        }
        return kit.customerChats(Kit.newQueueName()).id();
    }

    private void assertBefore(Instant before, List<ConversationId> included, List<ConversationId> excluded,
            String situation) {
        List<ConversationId> listed = listedBefore(before);
        String expectation = situation + ": only conversations whose last message is strictly earlier than 'before'"
                + " (" + before + ") are listed";
        if (!included.isEmpty()) {
            assertThat(listed).as(rule("list_12", expectation)).containsAll(included);
        }
        if (!excluded.isEmpty()) {
            assertThat(listed).as(rule("list_12", expectation)).doesNotContainAnyElementsOf(excluded);
        }
    }

    private Page<ConversationSummary> page(ConversationListQuery query) {
        Page<ConversationSummary> page = kit.port().listConversations(query);
        assertThat(page).as(rule("list_06", "listConversations returns a page, never null")).isNotNull();
        return page;
    }

    private static int total(Page<ConversationSummary> page, String ruleId) {
        assertThat(page.totalRecords()).as(rule(ruleId, "result_set.total_records is present")).isNotNull();
        return page.totalRecords();
    }

    private static List<ConversationId> ids(Page<ConversationSummary> page) {
        return page.items().stream().map(ConversationSummary::id).collect(Collectors.toList());
    }
}
