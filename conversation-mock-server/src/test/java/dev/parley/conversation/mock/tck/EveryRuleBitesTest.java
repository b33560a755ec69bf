package dev.parley.conversation.mock.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.TckTenant;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Every required rule of the kit bites: for each one there is a deliberately broken implementation
 * that the rule fails, with an assertion naming the rule. {@link KitBitesTest} holds the first
 * defects; this test holds the rest and checks that together they leave no required rule unproven.
 */
class EveryRuleBitesTest {

    /** A defect and the rules it must fail. */
    record Defect(String name, Supplier<Breakage> breakage, List<String> rules) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Defect> defects() {
        return List.of(
                port("keepAliveFails", MoreBrokenPorts::keepAliveFails, "required_keepalive_01_answersEveryCall"),
                port("keepAliveChangesAgent", MoreBrokenPorts::keepAliveChangesAgent,
                        "required_keepalive_02_hasNoOtherEffect"),
                port("authorizationWithoutMerchant", MoreBrokenPorts::authorizationWithoutMerchant,
                        "required_auth_01_namesAgentAndMerchant", "required_auth_04_jwtNamesAgentAndMerchant"),
                port("jwtWithoutSignature", MoreBrokenPorts::jwtWithoutSignature,
                        "required_auth_02_jwtIsCompactWithThreeBase64UrlParts"),
                port("jwtNamesNobody", MoreBrokenPorts::jwtNamesNobody, "required_auth_04_jwtNamesAgentAndMerchant"),
                port("websocketUrlIsHttp", MoreBrokenPorts::websocketUrlIsHttp, "required_auth_05_websocketUrlPresent"),
                port("newAgentEveryTime", MoreBrokenPorts::newAgentEveryTime, "required_auth_06_sameAgentEveryTime"),
                port("conversationsOfAnotherMerchant", MoreBrokenPorts::conversationsOfAnotherMerchant,
                        "required_auth_07_merchantIdMatchesConversations"),
                port("participantsLeftOut", MoreBrokenPorts::participantsLeftOut,
                        "required_get_01_returnsParticipantsAndMessages"),
                port("limitAtCountDropsOldest", MoreBrokenPorts::limitAtCountDropsOldest,
                        "required_get_05_limitAboveCountGivesAll"),
                port("summaryOfFirstMessage", MoreBrokenPorts::summaryOfFirstMessage,
                        "required_get_07_summaryDescribesLastMessage"),
                port("limitedReadCachedAsWhole", MoreBrokenPorts::limitedReadCachedAsWhole,
                        "required_get_08_readingChangesNothing"),
                port("messageCountNeverGrows", MoreBrokenPorts::messageCountNeverGrows,
                        "required_get_09_newMessageAppearsLast"),
                of("contextRecordingPatches", MoreBrokenPorts::contextRecordingPatches,
                        "required_context_02_laterRecordingReplaces"),
                port("contextNeverEmpty", MoreBrokenPorts::contextNeverEmpty,
                        "required_context_03_noneRecordedIsEmpty", "required_context_04_webchatWithNoneRecordedIsEmpty"),
                of("contextSharedAcrossConversations", MoreBrokenPorts::contextSharedAcrossConversations,
                        "required_context_05_contextBelongsToItsConversation"),
                port("contextReadRecordsAPageView", MoreBrokenPorts::contextReadRecordsAPageView,
                        "required_context_06_readingChangesNothing"),
                port("messagesSinceNewestFirst", MoreBrokenPorts::messagesSinceNewestFirst,
                        "required_messages_01_sinceEpochGivesAllAscending"),
                port("sinceInWholeSeconds", MoreBrokenPorts::sinceInWholeSeconds,
                        "required_messages_03_sinceComparedAtMilliseconds"),
                port("messagesPageOneTooMany", MoreBrokenPorts::messagesPageOneTooMany,
                        "required_messages_05_pagingForwardVisitsEachOnce"),
                port("nothingNewRepeatsNewest", MoreBrokenPorts::nothingNewRepeatsNewest,
                        "required_messages_06_sinceLastGivesNothing"),
                port("staleMessagesCache", MoreBrokenPorts::staleMessagesCache,
                        "required_messages_07_pollingSeesExactlyTheNewMessage"),
                port("jpegRefused", MoreBrokenPorts::jpegRefused, "required_upload_01_mediaExtensionsAccepted"),
                port("uploadUrlRelative", MoreBrokenPorts::uploadUrlRelative, "required_upload_03_urlIsAbsoluteHttp"),
                port("extensionSanitized", MoreBrokenPorts::extensionSanitized,
                        "required_upload_05_nonAlphanumericRefused"),
                port("queuesListedTwice", MoreBrokenPorts::queuesListedTwice, "required_queues_02_eachQueueListedOnce"),
                port("queueEntriesWithoutEmail", MoreBrokenPorts::queueEntriesWithoutEmail,
                        "required_queues_03_waitingCustomersListed", "required_queues_04_entryReadAsStored"),
                port("emptyQueueCountsOne", MoreBrokenPorts::emptyQueueCountsOne,
                        "required_queues_05_freshQueueHasNoOneWaiting"),
                port("sameStatusToggles", MoreBrokenPorts::sameStatusToggles,
                        "required_status_02_sameStatusAgainChangesNothing"),
                port("statusSetInEveryQueue", MoreBrokenPorts::statusSetInEveryQueue,
                        "required_status_03_updateTouchesOnlyThatQueue"),
                port("unknownStatusTakenAsAvailable", MoreBrokenPorts::unknownStatusTakenAsAvailable,
                        "required_status_05_unknownStatusRefused"),
                port("listedByStartTime", MoreBrokenPorts::listedByStartTime,
                        "required_list_02_newMessageMovesConversationFirst"),
                port("streamStopsAfterFirstPage", MoreBrokenPorts::streamStopsAfterFirstPage,
                        "required_list_04_streamVisitsEachConversationOnce"),
                port("beforeOnFirstPageOnly", MoreBrokenPorts::beforeOnFirstPageOnly,
                        "required_list_05_pinnedWalkIgnoresArrivals"),
                port("lastPageHasNext", MoreBrokenPorts::lastPageHasNext, "required_list_07_lastPageHasNoNext"),
                port("offsetPastEndGivesLastPage", MoreBrokenPorts::offsetPastEndGivesLastPage,
                        "required_list_08_offsetBeyondEndGivesEmptyPage"),
                port("limitEchoesCount", MoreBrokenPorts::limitEchoesCount,
                        "required_list_09_limitDefaultsTo100AndIsEchoed"),
                port("mediumDropsBefore", MoreBrokenPorts::mediumDropsBefore, "required_list_13_filtersCombine"),
                port("listedWithoutMessageCount", MoreBrokenPorts::listedWithoutMessageCount,
                        "required_list_14_summaryAgreesWithGet"),
                port("listedWithoutLastMessage", MoreBrokenPorts::listedWithoutLastMessage,
                        "required_list_15_summaryCarriesLastMessageAndUnread"),
                port("laterPagesReversed", MoreBrokenPorts::laterPagesReversed,
                        "required_list_17_orderHoldsAcrossManyConversations"),
                port("beforeTruncatedToTheMillisecond", MoreBrokenPorts::beforeTruncatedToTheMillisecond,
                        "required_list_18_subMillisecondBeforeStaysExclusive"),
                port("nullArgumentsAreIllegalArguments", MoreBrokenPorts::nullArgumentsAreIllegalArguments,
                        "required_arguments_01_nullArgumentsRefused"),
                port("listingHidesSilentConversations", MoreBrokenPorts::listingHidesSilentConversations,
                        "required_start_05_visibleInGetAndList"),
                port("largestPageRefused", MoreBrokenPorts::largestPageRefused,
                        "required_list_10_extremeValidQueriesAccepted"),
                port("joinAppendsEntry", MoreBrokenPorts::joinAppendsEntry,
                        "required_join_03_joiningOwnConversationChangesNothing", "required_join_04_rejoiningKeepsOneEntry"),
                of("anyCredentialAccepted", MoreBrokenPorts::anyCredentialAccepted,
                        "required_errors_07_badCredentialUnauthorized"),
                port("joinIgnored", MoreBrokenPorts::joinIgnored, "required_join_01_agentBecomesParticipant"),
                port("joinMakesOthersLeave", MoreBrokenPorts::joinMakesOthersLeave,
                        "required_join_06_joinLeavesOthersAlone"),
                port("leaveJoinsFirst", MoreBrokenPorts::leaveJoinsFirst,
                        "required_leave_02_leavingNotJoinedChangesNothing", "required_leave_03_leavingTwiceChangesNothing"),
                port("starterCannotLeave", MoreBrokenPorts::starterCannotLeave,
                        "required_leave_04_agentCanLeaveConversationItStarted"),
                port("markReadToggles", MoreBrokenPorts::markReadToggles,
                        "required_markread_03_markingTwiceChangesNothing"),
                port("ownMessageMakesUnread", MoreBrokenPorts::ownMessageMakesUnread,
                        "required_markread_04_ownMessageKeepsRead"),
                port("markReadNeedsJoin", MoreBrokenPorts::markReadNeedsJoin, "required_markread_05_worksWithoutJoining"),
                port("startedConversationsStayUnread", MoreBrokenPorts::startedConversationsStayUnread,
                        "required_markread_07_startedConversationMarkedRead"),
                port("startIdempotentByRequest", MoreBrokenPorts::startIdempotentByRequest,
                        "required_start_03_freshIdEveryTime"),
                port("startedADayEarly", MoreBrokenPorts::startedADayEarly, "required_start_04_startedNow"),
                port("unknownIdsIgnored", MoreBrokenPorts::unknownIdsIgnored,
                        "required_errors_02_contextUnknownNotFound", "required_errors_03_messagesUnknownNotFound",
                        "required_errors_04_joinUnknownNotFound", "required_errors_05_leaveUnknownNotFound",
                        "required_errors_06_markReadUnknownNotFound"),
                of("crossTenantWrites", MoreBrokenPorts::crossTenantWrites,
                        "required_tenancy_03_otherTenantCannotChangeOurs"),
                of("sharedQueues", MoreBrokenPorts::sharedQueues, "required_tenancy_04_queuesAreSeparate"),
                of("sharedStore", MoreBrokenPorts::sharedStore, "required_tenancy_01_otherTenantListsNoneOfOurs",
                        "required_tenancy_05_otherTenantsWorkDoesNotShowHere"));
    }

    static Stream<Arguments> defectsAndRules() {
        return defects().stream().flatMap(d -> d.rules().stream().map(rule -> arguments(d, rule)));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("defectsAndRules")
    void eachDefectFailsTheRuleItBreaks(Defect defect, String rule) {
        Broken.next = defect.breakage();
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectMethod(Broken.class, rule)).execute()
                .testEvents();
        assertThat(tests.started().count()).as("the rule %s ran", rule).isEqualTo(1);
        Throwable failure = tests.failed().stream().findFirst()
                .flatMap(e -> e.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow(() -> new AssertionError("the kit on a port with the defect " + defect
                        + " must fail " + rule + ", but the rule " + (tests.aborted().count() > 0 ? "was skipped" : "passed")));
        String[] parts = rule.split("_", 4);
        assertThat(failure).as("%s fails by an assertion naming its rule", rule)
                .isInstanceOf(AssertionError.class).hasMessageContaining("rule " + parts[1] + "_" + parts[2]);
    }

    @Test
    void everyRequiredRuleOfTheKitIsProvenToBite() {
        Set<String> required = Stream.of(ConversationPortVerification.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Test.class) && Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> name.startsWith("required_"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> proven = new TreeSet<>();
        defects().forEach(d -> proven.addAll(d.rules()));
        KitBitesTest.defects().forEach(a -> proven.add((String) a.get()[1]));
        required.removeAll(proven);
        assertThat(required).as("required rules that no deliberately broken implementation fails: add a Defect for"
                + " each to EveryRuleBitesTest.defects() (a port in MoreBrokenPorts that breaks it the way a real"
                + " implementation plausibly would)").isEmpty();
    }

    private static Defect port(String name, java.util.function.UnaryOperator<dev.parley.conversation.domain.ConversationPort> defect,
                               String... rules) {
        return new Defect(name, () -> Breakage.ofPort(defect), List.of(rules));
    }

    private static Defect of(String name, Supplier<Breakage> breakage, String... rules) {
        return new Defect(name, breakage, List.of(rules));
    }

    /**
     * The kit over the engine with the defect {@link #next} makes. Surefire never runs it directly (a
     * nested class whose name does not end in {@code Test}); only {@link EngineTestKit} does, here.
     */
    static final class Broken extends ConversationPortVerification {
        static volatile Supplier<Breakage> next;
        private final Breakage breakage = next.get();

        @Override
        protected TckTenant newTenant() {
            TckTenant tenant = EngineBackstage.newTenant(KitBitesTest.ENGINE, breakage::port);
            return new TckTenant(tenant.port(), breakage.backstage(tenant.backstage()));
        }

        @Override
        protected dev.parley.conversation.domain.ConversationPort portWithBadCredential() {
            return breakage.portWithBadCredential(KitBitesTest.ENGINE);
        }
    }
}
