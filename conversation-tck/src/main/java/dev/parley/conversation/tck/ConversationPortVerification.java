package dev.parley.conversation.tck;

import dev.parley.conversation.domain.ConversationPort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit: every rule of Parley's conversation contract ({@code docs/conversation-api.md} in
 * Parley's repository) as a JUnit 5 test, run against your {@link ConversationPort}. Extend it and supply one factory:
 *
 * <pre>{@code
 * class MyPortTckTest extends ConversationPortVerification {
 *     @Override
 *     protected TckTenant newTenant() {
 *         return new TckTenant(myPortForAFreshMerchant(), myBackstageForThatMerchant());
 *     }
 * }
 * }</pre>
 *
 * <p><b>Names.</b> Every test is named {@code <severity>_<area>_<nn>_<what>}: {@code required_} rules
 * are stated by the contract; {@code optional_} rules are behaviour the contract leaves open, which
 * Parley's fake commits to and users are likely to rely on. Both fail when broken; an implementation
 * that deliberately differs on an optional rule overrides its method without {@code @Test}. The area
 * and number ({@code list_03}) are stable: failure messages start with them ({@code "rule list_03: ..."})
 * and say what the contract expects, what was found and what to check.
 *
 * <p><b>Tenants.</b> {@link #newTenant()} is called before every test: a merchant sandbox with the port
 * acting as its agent and a {@link Backstage} on the same merchant. Every test creates its own data
 * with random ids, never assumes the tenant is empty, and works in any order and in parallel, so the
 * same kit runs against an embedded engine, a shared fake server or UltraCart itself.
 *
 * <p><b>Skips.</b> A test that needs something the implementation declines is skipped (JUnit's
 * "aborted"), never passed, and its reason says what was declined and why: a {@link BackstageCapability}
 * missing from {@link Backstage#capabilities()} (quoting {@link Backstage#whyDeclined}), a second tenant
 * ({@link #tenantsAreIsolated()}), or a port with a bad credential ({@link #portWithBadCredential()}).
 *
 * <p>Test and lifecycle methods are public, as JUnit 5 needs for methods inherited across packages.
 */
public abstract class ConversationPortVerification {

    private Kit kit;

    /** For subclasses, which supply {@link #newTenant()}. */
    protected ConversationPortVerification() {
    }

    /**
     * A fresh merchant sandbox for one test: the port under test acting as that merchant's agent, and
     * the backstage driving the same merchant. Called before every test, and once more by the tests
     * of tenant isolation (unless {@link #tenantsAreIsolated()} is false).
     *
     * @return the port under test and its backstage, for a new merchant
     */
    protected abstract TckTenant newTenant();

    /**
     * A port of the same implementation presenting a credential it refuses, for the rule that every
     * operation then answers 401; {@code null} (the default) declines, and that test is skipped.
     *
     * @return a port whose credential is refused, or null to decline
     */
    protected ConversationPort portWithBadCredential() {
        return null;
    }

    /**
     * Whether two calls to {@link #newTenant()} give two isolated merchants (true by default). Return
     * false when they share one merchant (say, one UltraCart account): the isolation tests are then skipped.
     *
     * @return false when tenants share one merchant
     */
    protected boolean tenantsAreIsolated() {
        return true;
    }

    /** Opens this test's tenant. */
    @BeforeEach
    public void openTenant() {
        kit = new Kit(newTenant(), tenantsAreIsolated() ? this::newTenant : null, this::portWithBadCredential);
    }

    // ---- 1 getAgentKeepAlive --------------------------------------------------------------------

    /** keepalive_01: keepalive answers 200 or 204, every time. */
    @Test
    public void required_keepalive_01_answersEveryCall() {
        new AgentRules(kit).keepAliveSucceeds();
    }

    /** keepalive_02: keepalive has no effect besides refreshing the session. */
    @Test
    public void required_keepalive_02_hasNoOtherEffect() {
        new AgentRules(kit).keepAliveHasNoOtherEffect();
    }

    // ---- 2 getAgentWebsocketAuthorization -------------------------------------------------------

    /** auth_01: the authorization carries the agent's ARN, the merchant id and the Twilio accounts. */
    @Test
    public void required_auth_01_namesAgentAndMerchant() {
        new AgentRules(kit).authorizationNamesAgentAndMerchant();
    }

    /** auth_02: the jwt is a compact JWT, three base64url parts. */
    @Test
    public void required_auth_02_jwtIsCompactWithThreeBase64UrlParts() {
        new AgentRules(kit).jwtIsCompact();
    }

    /** auth_03: the JWT's payload has an {@code exp} in the future. */
    @Test
    public void required_auth_03_jwtExpiresInTheFuture() {
        new AgentRules(kit).jwtExpiresInTheFuture();
    }

    /** auth_04: the JWT names the merchant and the agent. */
    @Test
    public void required_auth_04_jwtNamesAgentAndMerchant() {
        new AgentRules(kit).jwtNamesAgentAndMerchant();
    }

    /** auth_05: the authorization carries an absolute ws/wss websocket URL. */
    @Test
    public void required_auth_05_websocketUrlPresent() {
        new AgentRules(kit).websocketUrlPresent();
    }

    /** auth_06: one credential is always the same agent of the same merchant. */
    @Test
    public void required_auth_06_sameAgentEveryTime() {
        new AgentRules(kit).authorizationIsStable();
    }

    /** auth_07: the tenant's conversations and messages carry the authorization's merchant id. */
    @Test
    public void required_auth_07_merchantIdMatchesConversations() {
        new AgentRules(kit).merchantIdMatchesConversations();
    }

    /** auth_08: the merchant's Twilio numbers are E.164 and its accounts the merchant's. */
    @Test
    public void optional_auth_08_twilioNumbersAreE164() {
        new AgentRules(kit).twilioNumbersAreE164();
    }

    // ---- 3 getConversation ----------------------------------------------------------------------

    /** get_01: a conversation is read whole, with its participants and messages. */
    @Test
    public void required_get_01_returnsParticipantsAndMessages() {
        new ConversationRules(kit).returnsParticipantsAndMessages();
    }

    /** get_02: messages are in chronological order, oldest first. */
    @Test
    public void required_get_02_messagesOldestFirst() {
        new ConversationRules(kit).messagesAscending();
    }

    /** get_03: with a limit, only the most recent N messages, still oldest first. */
    @Test
    public void required_get_03_limitGivesMostRecentAscending() {
        new ConversationRules(kit).limitGivesMostRecentAscending();
    }

    /** get_04: message_count counts all messages, not the ones returned. */
    @Test
    public void required_get_04_messageCountCountsAll() {
        new ConversationRules(kit).messageCountCountsAll();
    }

    /** get_05: a limit at or above the number of messages returns them all. */
    @Test
    public void required_get_05_limitAboveCountGivesAll() {
        new ConversationRules(kit).limitAboveCountGivesAll();
    }


    /** get_07: the summary describes the most recent message. */
    @Test
    public void required_get_07_summaryDescribesLastMessage() {
        new ConversationRules(kit).summaryDescribesLastMessage();
    }

    /** get_08: reading a conversation changes nothing (it does not mark it read). */
    @Test
    public void required_get_08_readingChangesNothing() {
        new ConversationRules(kit).readingChangesNothing();
    }

    /** get_09: a message that arrives is the conversation's newest, stamped with its arrival time. */
    @Test
    public void required_get_09_newMessageAppearsLast() {
        new ConversationRules(kit).newMessageAppears();
    }

    /** get_10: a participant's last_message_dts is when it last wrote. */
    @Test
    public void optional_get_10_participantLastMessageAtIsWhenItLastWrote() {
        new ConversationRules(kit).participantLastMessageAt();
    }

    /** get_11: whoever writes in a conversation is a participant of it. */
    @Test
    public void optional_get_11_everyAuthorIsAParticipant() {
        new ConversationRules(kit).everyAuthorIsAParticipant();
    }

    // ---- 4 getConversationContext ---------------------------------------------------------------

    /** context_01: the webchat context recorded is the one read back, field for field. */
    @Test
    public void required_context_01_recordedContextReadBack() {
        new ContextRules(kit).recordedContextReadBack();
    }

    /** context_02: the last context recorded replaces the earlier one. */
    @Test
    public void required_context_02_laterRecordingReplaces() {
        new ContextRules(kit).laterRecordingReplaces();
    }

    /** context_03: a conversation with no context recorded answers {@code {}} ({@code WebchatContext.EMPTY}). */
    @Test
    public void required_context_03_noneRecordedIsEmpty() {
        new ContextRules(kit).noneRecordedIsEmpty();
    }

    /** context_04: a webchat with no context recorded yet answers {@code {}}. */
    @Test
    public void required_context_04_webchatWithNoneRecordedIsEmpty() {
        new ContextRules(kit).webchatWithNoneRecordedIsEmpty();
    }

    /** context_05: a context belongs to its own conversation only. */
    @Test
    public void required_context_05_contextBelongsToItsConversation() {
        new ContextRules(kit).contextBelongsToItsConversation();
    }

    /** context_06: reading the context changes nothing. */
    @Test
    public void required_context_06_readingChangesNothing() {
        new ContextRules(kit).readingChangesNothing();
    }

    // ---- 5 getConversationMessages --------------------------------------------------------------

    /** messages_01: since the epoch, every message, oldest first. */
    @Test
    public void required_messages_01_sinceEpochGivesAllAscending() {
        new MessageRules(kit).sinceEpochGivesAllAscending();
    }

    /** messages_02: only messages strictly after {@code since}. */
    @Test
    public void required_messages_02_sinceIsExclusive() {
        new MessageRules(kit).sinceIsExclusive();
    }

    /** messages_03: {@code since} is compared at millisecond precision. */
    @Test
    public void required_messages_03_sinceComparedAtMilliseconds() {
        new MessageRules(kit).sinceJustBeforeIncludes();
    }

    /** messages_04: with a limit, the first N of the messages after {@code since}. */
    @Test
    public void required_messages_04_limitTakesFirstN() {
        new MessageRules(kit).limitTakesFirst();
    }

    /** messages_05: paging forward by the last epoch seen visits every message once. */
    @Test
    public void required_messages_05_pagingForwardVisitsEachOnce() {
        new MessageRules(kit).pagingForwardVisitsEachOnce();
    }

    /** messages_06: since the newest message, nothing. */
    @Test
    public void required_messages_06_sinceLastGivesNothing() {
        new MessageRules(kit).sinceLastGivesNothing();
    }

    /** messages_07: polling since the last epoch seen gives exactly the new message. */
    @Test
    public void required_messages_07_pollingSeesExactlyTheNewMessage() {
        new MessageRules(kit).pollingSeesExactlyTheNewMessage();
    }


    // ---- 6 getConversationMultimediaUploadUrl ---------------------------------------------------

    /** upload_01: the media a chat carries (images, video, audio, pdf) get upload URLs. */
    @Test
    public void required_upload_01_mediaExtensionsAccepted() {
        new UploadRules(kit).mediaExtensionsAccepted();
    }

    /** upload_02: every call gives a fresh unique key. */
    @Test
    public void required_upload_02_keysUnique() {
        new UploadRules(kit).keysUnique();
    }

    /** upload_03: the presigned URL is an absolute http(s) URL. */
    @Test
    public void required_upload_03_urlIsAbsoluteHttp() {
        new UploadRules(kit).urlIsAbsoluteHttp();
    }

    /** upload_04: an extension outside the media a chat carries ({@code exe}) is 400. */
    @Test
    public void required_upload_04_nonMediaRefused() {
        new UploadRules(kit).nonMediaRefused();
    }

    /** upload_05: an extension with anything but letters and digits is refused before any call. */
    @Test
    public void required_upload_05_nonAlphanumericRefused() {
        new UploadRules(kit).nonAlphanumericRefused();
    }

    // ---- 7 getConversationWebchatQueueStatuses --------------------------------------------------

    /** queues_01: every queue's counts agree with its lists. */
    @Test
    public void required_queues_01_countsAgreeWithLists() {
        new QueueRules(kit).countsAgreeWithLists();
    }

    /** queues_02: one status per queue of the merchant. */
    @Test
    public void required_queues_02_eachQueueListedOnce() {
        new QueueRules(kit).eachQueueListedOnce();
    }

    /** queues_03: customers waiting are the queue's entries, with what they said on joining. */
    @Test
    public void required_queues_03_waitingCustomersListed() {
        new QueueRules(kit).waitingCustomersListed();
    }

    /** queues_04: a queue entry reads as stored. */
    @Test
    public void required_queues_04_entryReadAsStored() {
        new QueueRules(kit).entryReadAsStored();
    }

    /** queues_05: a queue just created has no one waiting. */
    @Test
    public void required_queues_05_freshQueueHasNoOneWaiting() {
        new QueueRules(kit).freshQueueHasNoOneWaiting();
    }

    /** queues_06: queue entries come longest-waiting first. */
    @Test
    public void optional_queues_06_entriesLongestWaitingFirst() {
        new QueueRules(kit).entriesLongestWaitingFirst();
    }

    /** queues_07: a webchat the agent starts with a waiting customer takes them off the queue; hold time counts. */
    @Test
    public void optional_queues_07_pickingUpTakesTheCustomerOffTheQueue() {
        new QueueRules(kit).pickingUpTakesCustomerOffTheQueue();
    }

    /** queues_08: webchats started in a queue count as its chats. */
    @Test
    public void optional_queues_08_webchatsCountAsChats() {
        new QueueRules(kit).webchatsCountAsChats();
    }

    /** queues_09: an agent who takes (or takes again) a webchat is listed in its queue with its last chat. */
    @Test
    public void optional_queues_09_agentTakingAWebchatIsListed() {
        new QueueRules(kit).agentTakingAWebchatIsListed();
    }

    /** queues_10: the queue's only agent is next in its round robin exactly when available. */
    @Test
    public void optional_queues_10_onlyAvailableAgentIsNextInRoundRobin() {
        new QueueRules(kit).onlyAvailableAgentIsNextInRoundRobin();
    }

    // ---- 8 getConversations ---------------------------------------------------------------------

    /** list_01: conversations are listed newest to oldest by last message. */
    @Test
    public void required_list_01_newestToOldest() {
        new ListingRules(kit).newestToOldest();
    }

    /** list_02: a new message makes its conversation the newest. */
    @Test
    public void required_list_02_newMessageMovesConversationFirst() {
        new ListingRules(kit).newMessageMovesConversationFirst();
    }

    /** list_03: walking the pages with next_offset visits each conversation exactly once. */
    @Test
    public void required_list_03_pagesVisitEachConversationOnce() {
        new ListingRules(kit).pagesVisitEachConversationOnce();
    }

    /** list_04: streamConversations visits each conversation exactly once. */
    @Test
    public void required_list_04_streamVisitsEachConversationOnce() {
        new ListingRules(kit).streamVisitsEachConversationOnce();
    }

    /** list_05: with {@code before} pinned, conversations arriving between pages disturb nothing. */
    @Test
    public void required_list_05_pinnedWalkIgnoresArrivals() {
        new ListingRules(kit).pinnedWalkIgnoresArrivals();
    }

    /** list_06: result_set arithmetic: offset, limit, count, total_records, next_offset = offset + count. */
    @Test
    public void required_list_06_resultSetArithmetic() {
        new ListingRules(kit).resultSetArithmetic();
    }

    /** list_07: the last page has no next_offset. */
    @Test
    public void required_list_07_lastPageHasNoNext() {
        new ListingRules(kit).lastPageHasNoNext();
    }

    /** list_08: an offset at or past the end gives an empty last page. */
    @Test
    public void required_list_08_offsetBeyondEndGivesEmptyPage() {
        new ListingRules(kit).offsetBeyondEndGivesEmptyPage();
    }

    /** list_09: _limit defaults to 100 and is echoed in result_set.limit. */
    @Test
    public void required_list_09_limitDefaultsTo100AndIsEchoed() {
        new ListingRules(kit).limitDefaultAndEcho();
    }

    /**
     * list_10: every valid query is accepted, at the extremes of its bounds ({@code _limit} 1 and 200, an
     * offset far past the end, {@code before} at the epoch and far in the future). Queries outside the
     * bounds cannot reach a port: the domain's query types refuse them when built.
     */
    @Test
    public void required_list_10_extremeValidQueriesAccepted() {
        new ListingRules(kit).extremeValidQueriesAccepted();
    }

    /** list_11: medium filters, and total_records counts only the matching. */
    @Test
    public void required_list_11_mediumFilter() {
        new ListingRules(kit).mediumFilter();
    }

    /** list_12: {@code before} keeps only conversations whose last message is strictly earlier. */
    @Test
    public void required_list_12_beforeIsStrictlyEarlier() {
        new ListingRules(kit).beforeIsStrictlyEarlier();
    }

    /** list_13: medium and before combine. */
    @Test
    public void required_list_13_filtersCombine() {
        new ListingRules(kit).filtersCombine();
    }

    /** list_14: a listed summary is the summary getConversation returns. */
    @Test
    public void required_list_14_summaryAgreesWithGet() {
        new ListingRules(kit).summaryAgreesWithGet();
    }

    /** list_15: each listed conversation carries its most recent message and whether it was read. */
    @Test
    public void required_list_15_summaryCarriesLastMessageAndUnread() {
        new ListingRules(kit).summaryCarriesLastMessageAndUnread();
    }

    /** list_16: streamConversations gives each conversation once even when arrivals shift the pages. */
    @Test
    public void required_list_16_streamGivesEachOnceWhenArrivalsShiftPages() {
        new ListingRules(kit).streamGivesEachOnceWhenArrivalsShiftPages();
    }

    /** list_17: many conversations, some bumped by new messages, walk in pages newest first, each once. */
    @Test
    public void required_list_17_orderHoldsAcrossManyConversations() {
        new ListingRules(kit).orderHoldsAcrossManyConversations();
    }

    /** list_18: a sub-millisecond {@code before} is rounded up to the millisecond, so it stays exclusive. */
    @Test
    public void required_list_18_subMillisecondBeforeStaysExclusive() {
        new ListingRules(kit).subMillisecondBeforeStaysExclusive();
    }

    // ---- 9 joinConversation ---------------------------------------------------------------------

    /** join_01: the agent becomes a participant with joined_dts set. */
    @Test
    public void required_join_01_agentBecomesParticipant() {
        new ParticipationRules(kit).joinMakesAgentParticipant();
    }

    /** join_02: joining again changes nothing (one participant entry per agent). */
    @Test
    public void required_join_02_joiningAgainChangesNothing() {
        new ParticipationRules(kit).joinAgainChangesNothing();
    }

    /** join_03: joining a conversation the agent started changes nothing. */
    @Test
    public void required_join_03_joiningOwnConversationChangesNothing() {
        new ParticipationRules(kit).joinStartedConversationKeepsOneEntry();
    }

    /** join_04: joining again after leaving keeps one participant entry. */
    @Test
    public void required_join_04_rejoiningKeepsOneEntry() {
        new ParticipationRules(kit).rejoinKeepsOneEntry();
    }

    /** join_05: joining again after leaving makes the agent active again. */
    @Test
    public void optional_join_05_rejoiningMakesAgentActive() {
        new ParticipationRules(kit).rejoinMakesActive();
    }

    /** join_06: joining leaves the other participants and the messages alone. */
    @Test
    public void required_join_06_joinLeavesOthersAlone() {
        new ParticipationRules(kit).joinLeavesOthersAlone();
    }

    // ---- 10 leaveConversation -------------------------------------------------------------------

    /** leave_01: the agent's participant entry gets left_dts. */
    @Test
    public void required_leave_01_leftAtSet() {
        new ParticipationRules(kit).leaveSetsLeftAt();
    }

    /** leave_02: leaving a conversation one is not in changes nothing. */
    @Test
    public void required_leave_02_leavingNotJoinedChangesNothing() {
        new ParticipationRules(kit).leaveNotJoinedChangesNothing();
    }

    /** leave_03: leaving again changes nothing. */
    @Test
    public void required_leave_03_leavingTwiceChangesNothing() {
        new ParticipationRules(kit).leaveTwiceChangesNothing();
    }

    /** leave_04: the agent can leave a conversation it started; the others stay. */
    @Test
    public void required_leave_04_agentCanLeaveConversationItStarted() {
        new ParticipationRules(kit).leaveStartedConversation();
    }

    // ---- 11 markReadConversation ----------------------------------------------------------------

    /** markread_01: afterwards unread_messages is false for the agent, its participant count 0. */
    @Test
    public void required_markread_01_clearsUnread() {
        new ParticipationRules(kit).markReadClearsUnread();
    }

    /** markread_02: a new message from someone else makes it unread again. */
    @Test
    public void required_markread_02_newMessageMakesUnreadAgain() {
        new ParticipationRules(kit).newMessageMakesUnreadAgain();
    }

    /** markread_03: marking read again changes nothing. */
    @Test
    public void required_markread_03_markingTwiceChangesNothing() {
        new ParticipationRules(kit).markReadTwiceChangesNothing();
    }

    /** markread_04: the agent's own message keeps the conversation read for it. */
    @Test
    public void required_markread_04_ownMessageKeepsRead() {
        new ParticipationRules(kit).ownMessageKeepsRead();
    }

    /** markread_05: marking read works without joining. */
    @Test
    public void required_markread_05_worksWithoutJoining() {
        new ParticipationRules(kit).markReadWithoutJoining();
    }

    /** markread_06: the agent's participant unread_messages counts the messages since it read. */
    @Test
    public void optional_markread_06_participantUnreadCountsNewMessages() {
        new ParticipationRules(kit).participantUnreadCountsNewMessages();
    }

    /** markread_07: a conversation the agent started can be marked read. */
    @Test
    public void required_markread_07_startedConversationMarkedRead() {
        new ParticipationRules(kit).markReadStartedConversation();
    }

    // ---- 12 startConversation -------------------------------------------------------------------

    /** start_01: an SMS conversation with the agent and every requested participant, not closed. */
    @Test
    public void required_start_01_smsWithAgentAndParticipants() {
        new StartRules(kit).smsWithAgentAndParticipants();
    }

    /** start_02: with a webchat queue the medium is websocket. */
    @Test
    public void required_start_02_webchatInQueue() {
        new StartRules(kit).webchatInQueue();
    }

    /** start_03: every start gives a fresh uuid. */
    @Test
    public void required_start_03_freshIdEveryTime() {
        new StartRules(kit).freshIds();
    }

    /** start_04: start_dts is now. */
    @Test
    public void required_start_04_startedNow() {
        new StartRules(kit).startedNow();
    }

    /** start_05: the started conversation reads the same through getConversation and the listing. */
    @Test
    public void required_start_05_visibleInGetAndList() {
        new StartRules(kit).visibleInGetAndList();
    }

    /**
     * start_06: starting in a queue the merchant does not have is 404. Optional: the contract's table
     * says so for operation 13 only; Parley's fake answers 404 here too, as UltraCart's users would expect.
     */
    @Test
    public void optional_start_06_unknownQueueNotFound() {
        new StartRules(kit).unknownQueueNotFound();
    }


    /** start_08: the conversation_arn requested is the new conversation's arn; without one it gets one. */
    @Test
    public void optional_start_08_requestedArnIsKept() {
        new StartRules(kit).requestedArnKept();
    }

    /** start_09: customers known by name keep it in conversations the agent starts; the agent has its name. */
    @Test
    public void optional_start_09_knownCustomersKeepTheirNames() {
        new StartRules(kit).knownCustomersKeepTheirNames();
    }

    // ---- 13 updateConversationWebchatQueueStatus ------------------------------------------------

    /** status_01: the agent's status set in a queue is what the queue statuses show afterwards. */
    @Test
    public void required_status_01_updateVisibleInStatuses() {
        new QueueRules(kit).updateVisibleInStatuses();
    }

    /** status_02: setting the same status again changes nothing. */
    @Test
    public void required_status_02_sameStatusAgainChangesNothing() {
        new QueueRules(kit).updateIsIdempotent();
    }

    /** status_03: setting the status in one queue leaves the others alone. */
    @Test
    public void required_status_03_updateTouchesOnlyThatQueue() {
        new QueueRules(kit).updateTouchesOnlyThatQueue();
    }

    /** status_04: an unknown queue name is 404. */
    @Test
    public void required_status_04_unknownQueueNotFound() {
        new QueueRules(kit).unknownQueueNotFound();
    }

    /** status_05: a status other than available, busy or unavailable is refused. */
    @Test
    public void required_status_05_unknownStatusRefused() {
        new QueueRules(kit).unknownStatusRefused();
    }

    // ---- errors ---------------------------------------------------------------------------------

    /** errors_01: getConversation of an unknown uuid is 404. */
    @Test
    public void required_errors_01_getUnknownNotFound() {
        new ErrorRules(kit).getUnknownNotFound();
    }

    /** errors_02: getConversationContext of an unknown uuid is 404. */
    @Test
    public void required_errors_02_contextUnknownNotFound() {
        new ErrorRules(kit).contextUnknownNotFound();
    }

    /** errors_03: getConversationMessages of an unknown uuid is 404. */
    @Test
    public void required_errors_03_messagesUnknownNotFound() {
        new ErrorRules(kit).messagesUnknownNotFound();
    }

    /** errors_04: joining an unknown uuid is 404 and creates nothing. */
    @Test
    public void required_errors_04_joinUnknownNotFound() {
        new ErrorRules(kit).joinUnknownNotFound();
    }

    /** errors_05: leaving an unknown uuid is 404. */
    @Test
    public void required_errors_05_leaveUnknownNotFound() {
        new ErrorRules(kit).leaveUnknownNotFound();
    }

    /** errors_06: marking an unknown uuid read is 404. */
    @Test
    public void required_errors_06_markReadUnknownNotFound() {
        new ErrorRules(kit).markReadUnknownNotFound();
    }

    /** errors_07: with a bad credential every operation is 401. */
    @Test
    public void required_errors_07_badCredentialUnauthorized() {
        new ErrorRules(kit).badCredentialUnauthorized();
    }

    // ---- tenancy --------------------------------------------------------------------------------

    /** tenancy_01: another tenant lists none of this tenant's conversations. */
    @Test
    public void required_tenancy_01_otherTenantListsNoneOfOurs() {
        new TenancyRules(kit).otherTenantListsNoneOfOurs();
    }

    /** tenancy_02: another tenant cannot read this tenant's conversations by id: 404. */
    @Test
    public void required_tenancy_02_otherTenantCannotReadOurs() {
        new TenancyRules(kit).otherTenantCannotReadOurs();
    }

    /** tenancy_03: another tenant cannot join, leave or mark read this tenant's conversations: 404. */
    @Test
    public void required_tenancy_03_otherTenantCannotChangeOurs() {
        new TenancyRules(kit).otherTenantCannotChangeOurs();
    }

    /** tenancy_04: queues are per tenant. */
    @Test
    public void required_tenancy_04_queuesAreSeparate() {
        new TenancyRules(kit).queuesAreSeparate();
    }

    /** tenancy_05: what another tenant starts does not show here. */
    @Test
    public void required_tenancy_05_otherTenantsWorkDoesNotShowHere() {
        new TenancyRules(kit).otherTenantsWorkDoesNotShowHere();
    }

    /** tenancy_06: two tenants are two merchants. */
    @Test
    public void optional_tenancy_06_tenantsAreDistinctMerchants() {
        new TenancyRules(kit).tenantsAreDistinctMerchants();
    }

    // ---- arguments ------------------------------------------------------------------------------

    /** arguments_01: a null argument is a NullPointerException naming it, for every operation. */
    @Test
    public void required_arguments_01_nullArgumentsRefused() {
        new ArgumentRules(kit).nullArgumentsRefused();
    }
}
