package dev.parley.conversation.mock.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.mock.engine.ConversationEngine;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.KitSummary;
import dev.parley.conversation.tck.TckTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The kit bites: wired to a port with one deliberate defect, the kit fails the rule that defect
 * breaks, with a failure naming that rule; wired to a faithful decorator it passes everything.
 *
 * <p>The kits under test are the static nested classes below. Surefire never runs them directly
 * (nested classes are excluded by its defaults, and their names do not end in {@code Test}); only
 * {@link EngineTestKit} does, here.
 */
class KitBitesTest {
    static final ConversationEngine ENGINE = ConversationEngine.builder().build();

    static Stream<Arguments> defects() {
        return Stream.of(
                arguments(OldestFirst.class, "required_list_01_newestToOldest"),
                arguments(NextOffsetSkips.class, "required_list_03_pagesVisitEachConversationOnce"),
                arguments(NextOffsetRepeats.class, "required_list_03_pagesVisitEachConversationOnce"),
                arguments(OffsetIgnored.class, "required_list_06_resultSetArithmetic"),
                arguments(TotalCountsPage.class, "required_list_06_resultSetArithmetic"),
                arguments(BeforeInclusive.class, "required_list_12_beforeIsStrictlyEarlier"),
                arguments(MediumIgnored.class, "required_list_11_mediumFilter"),
                arguments(StreamRepeats.class, "required_list_16_streamGivesEachOnceWhenArrivalsShiftPages"),
                arguments(NeverUnread.class, "required_markread_02_newMessageMakesUnreadAgain"),
                arguments(MessageLimitIgnored.class, "required_get_03_limitGivesMostRecentAscending"),
                arguments(MessageCountOfReturned.class, "required_get_04_messageCountCountsAll"),
                arguments(MessagesNewestFirst.class, "required_get_02_messagesOldestFirst"),
                arguments(UnknownIdFound.class, "required_errors_01_getUnknownNotFound"),
                arguments(ContextForgotten.class, "required_context_01_recordedContextReadBack"),
                arguments(SinceInclusive.class, "required_messages_02_sinceIsExclusive"),
                arguments(MessagesLimitKeepsNewest.class, "required_messages_04_limitTakesFirstN"),
                arguments(JoinNotIdempotent.class, "required_join_02_joiningAgainChangesNothing"),
                arguments(LeaveRemovesEntry.class, "required_leave_01_leftAtSet"),
                arguments(MarkReadIgnored.class, "required_markread_01_clearsUnread"),
                arguments(StartWithoutAgent.class, "required_start_01_smsWithAgentAndParticipants"),
                arguments(StartAlwaysSms.class, "required_start_02_webchatInQueue"),
                arguments(QueueCountsDisagree.class, "required_queues_01_countsAgreeWithLists"),
                arguments(StatusUpdateIgnored.class, "required_status_01_updateVisibleInStatuses"),
                arguments(UnknownQueueAccepted.class, "required_status_04_unknownQueueNotFound"),
                arguments(UploadKeyReused.class, "required_upload_02_keysUnique"),
                arguments(AnyExtensionAccepted.class, "required_upload_04_nonMediaRefused"),
                arguments(JwtExpired.class, "required_auth_03_jwtExpiresInTheFuture"),
                arguments(CrossTenantLeak.class, "required_tenancy_02_otherTenantCannotReadOurs"));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("defects")
    void eachDefectFailsTheRuleItBreaks(Class<? extends ConversationPortVerification> kit, String rule) {
        Events tests = run(kit);
        Map<String, Throwable> failures = failures(tests);
        assertThat(failures).as("the kit on a port with the defect %s fails %s; it failed %s",
                kit.getSimpleName(), rule, failures.keySet()).containsKey(rule);
        String ruleId = rule.split("_", 4)[1] + "_" + rule.split("_", 4)[2];
        assertThat(failures.get(rule)).as("%s fails by an assertion naming its rule", rule)
                .isInstanceOf(AssertionError.class).hasMessageContaining("rule " + ruleId);
    }

    @Test
    void aFaithfulDecoratorPassesEverything() {
        Events tests = run(Faithful.class);
        assertThat(failures(tests)).as("the kit on a faithful decorator of the engine fails nothing").isEmpty();
        List<String> rules = java.util.stream.Stream.of(ConversationPortVerification.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(java.lang.reflect.Method::getName)
                .collect(Collectors.toList());
        assertThat(tests.started().count()).as("every rule of the kit runs: none is silently left out")
                .isEqualTo(rules.size());
        assertThat(names(tests.aborted())).as("only the rule that drops sockets is declined (the engine's sessions"
                + " have none); the bad-credential rule runs on a refused credential")
                .containsExactly("required_realtime_29_exactlyOnceAcrossADroppedSocket");
        assertThat(tests.succeeded().count()).as("every other rule passes").isEqualTo(rules.size() - 1);
    }

    @Test
    void aPortAloneRunsWhatItCanAndSkipsTheRestSayingWhy() {
        Events tests = run(PortAlone.class);
        assertThat(failures(tests)).as("a port with a backstage that declines everything fails nothing").isEmpty();
        Map<String, String> reasons = tests.aborted().stream().collect(Collectors.toMap(KitBitesTest::methodName,
                e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse("")));
        reasons.remove("required_errors_07_badCredentialUnauthorized");
        Map<String, String> realtime = reasons.entrySet().stream().filter(e -> e.getKey().contains("_realtime_"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        reasons.keySet().removeAll(realtime.keySet());
        assertThat(realtime.values()).as("every realtime rule is skipped for want of a realtime port, saying so")
                .isNotEmpty().allSatisfy(reason -> assertThat(reason).contains("realtime declined: the implementation"
                        + " under test offers no realtime port"));
        assertThat(reasons).as("the rules that need a backstage are skipped").isNotEmpty();
        assertThat(reasons.values()).as("every skip says which capability was declined and why")
                .allSatisfy(reason -> assertThat(reason).containsPattern("backstage declines [A-Z_]+: UltraCart cannot"
                        + " be driven from a test \\(this test needs it to .+\\)"));
        assertThat(names(tests.succeeded())).as("the rules a port alone can set up still run and pass")
                .contains("required_start_01_smsWithAgentAndParticipants", "required_list_03_pagesVisitEachConversationOnce",
                        "required_join_03_joiningOwnConversationChangesNothing", "required_tenancy_01_otherTenantListsNoneOfOurs",
                        "required_errors_01_getUnknownNotFound", "required_upload_04_nonMediaRefused");
    }

    @Test
    void anOverrideWithoutTestOptsOutOfARule() {
        Events tests = run(OptingOut.class);
        assertThat(names(tests.started())).as("a rule overridden without @Test does not run")
                .doesNotContain("optional_join_05_rejoiningMakesAgentActive")
                .contains("required_join_04_rejoiningKeepsOneEntry");
    }

    private static Events run(Class<?> kit) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit))
                .configurationParameter(KitSummary.CONSOLE_PARAMETER, "false").execute().testEvents();
    }

    private static Map<String, Throwable> failures(Events tests) {
        return tests.failed().stream().collect(Collectors.toMap(KitBitesTest::methodName,
                e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow()));
    }

    private static List<String> names(Events events) {
        return events.stream().map(KitBitesTest::methodName).collect(Collectors.toList());
    }

    private static String methodName(Event event) {
        return event.getTestDescriptor().getSource()
                .filter(org.junit.platform.engine.support.descriptor.MethodSource.class::isInstance)
                .map(s -> ((org.junit.platform.engine.support.descriptor.MethodSource) s).getMethodName())
                .orElse(event.getTestDescriptor().getDisplayName());
    }

    // ---- the kits under test: the engine behind one defect each ----------------------------------

    /** The kit over engine tenants whose port {@code breakage} wraps. */
    abstract static class KitOver extends ConversationPortVerification {
        private final UnaryOperator<ConversationPort> breakage;

        KitOver(UnaryOperator<ConversationPort> breakage) {
            this.breakage = breakage;
        }

        @Override
        protected TckTenant newTenant() {
            return EngineBackstage.newTenant(ENGINE, breakage);
        }

        @Override
        protected ConversationPort portWithBadCredential() {
            return breakage.apply(EngineBackstage.refusedPort(ENGINE));
        }
    }

    static final class Faithful extends KitOver {
        Faithful() {
            super(ForwardingPort::new);
        }
    }

    /** The engine's port with nothing to drive it, as when the kit runs against UltraCart itself. */
    static final class PortAlone extends ConversationPortVerification {
        @Override
        protected TckTenant newTenant() {
            return new TckTenant(ENGINE.port("tck-" + UUID.randomUUID()),
                    Backstage.none("UltraCart cannot be driven from a test"));
        }
    }

    /** A kit that deliberately differs on one optional rule. */
    static final class OptingOut extends KitOver {
        OptingOut() {
            super(ForwardingPort::new);
        }

        @Override
        public void optional_join_05_rejoiningMakesAgentActive() {
            // this implementation keeps left_dts on re-joining, and says so by not running the rule
        }
    }

    static final class OldestFirst extends KitOver {
        OldestFirst() {
            super(BrokenPorts::oldestFirst);
        }
    }

    static final class NextOffsetSkips extends KitOver {
        NextOffsetSkips() {
            super(BrokenPorts::nextOffsetSkips);
        }
    }

    static final class NextOffsetRepeats extends KitOver {
        NextOffsetRepeats() {
            super(BrokenPorts::nextOffsetRepeats);
        }
    }

    static final class OffsetIgnored extends KitOver {
        OffsetIgnored() {
            super(BrokenPorts::offsetIgnored);
        }
    }

    static final class TotalCountsPage extends KitOver {
        TotalCountsPage() {
            super(BrokenPorts::totalCountsPage);
        }
    }

    static final class BeforeInclusive extends KitOver {
        BeforeInclusive() {
            super(BrokenPorts::beforeInclusive);
        }
    }

    static final class MediumIgnored extends KitOver {
        MediumIgnored() {
            super(BrokenPorts::mediumIgnored);
        }
    }

    static final class StreamRepeats extends KitOver {
        StreamRepeats() {
            super(BrokenPorts::streamRepeats);
        }
    }

    static final class NeverUnread extends KitOver {
        NeverUnread() {
            super(BrokenPorts::neverUnread);
        }
    }

    static final class MessageLimitIgnored extends KitOver {
        MessageLimitIgnored() {
            super(BrokenPorts::messageLimitIgnored);
        }
    }

    static final class MessageCountOfReturned extends KitOver {
        MessageCountOfReturned() {
            super(BrokenPorts::messageCountOfReturned);
        }
    }

    static final class MessagesNewestFirst extends KitOver {
        MessagesNewestFirst() {
            super(BrokenPorts::messagesNewestFirst);
        }
    }

    static final class UnknownIdFound extends KitOver {
        UnknownIdFound() {
            super(BrokenPorts::unknownIdFound);
        }
    }

    static final class ContextForgotten extends KitOver {
        ContextForgotten() {
            super(BrokenPorts::contextForgotten);
        }
    }

    static final class SinceInclusive extends KitOver {
        SinceInclusive() {
            super(BrokenPorts::sinceInclusive);
        }
    }

    static final class MessagesLimitKeepsNewest extends KitOver {
        MessagesLimitKeepsNewest() {
            super(BrokenPorts::messagesLimitKeepsNewest);
        }
    }

    static final class JoinNotIdempotent extends KitOver {
        JoinNotIdempotent() {
            super(BrokenPorts::joinNotIdempotent);
        }
    }

    static final class LeaveRemovesEntry extends KitOver {
        LeaveRemovesEntry() {
            super(BrokenPorts::leaveRemovesEntry);
        }
    }

    static final class MarkReadIgnored extends KitOver {
        MarkReadIgnored() {
            super(BrokenPorts::markReadIgnored);
        }
    }

    static final class StartWithoutAgent extends KitOver {
        StartWithoutAgent() {
            super(BrokenPorts::startWithoutAgent);
        }
    }

    static final class StartAlwaysSms extends KitOver {
        StartAlwaysSms() {
            super(BrokenPorts::startAlwaysSms);
        }
    }

    static final class QueueCountsDisagree extends KitOver {
        QueueCountsDisagree() {
            super(BrokenPorts::queueCountsDisagree);
        }
    }

    static final class StatusUpdateIgnored extends KitOver {
        StatusUpdateIgnored() {
            super(BrokenPorts::statusUpdateIgnored);
        }
    }

    static final class UnknownQueueAccepted extends KitOver {
        UnknownQueueAccepted() {
            super(BrokenPorts::unknownQueueAccepted);
        }
    }

    static final class UploadKeyReused extends KitOver {
        UploadKeyReused() {
            super(BrokenPorts::uploadKeyReused);
        }
    }

    static final class AnyExtensionAccepted extends KitOver {
        AnyExtensionAccepted() {
            super(BrokenPorts::anyExtensionAccepted);
        }
    }

    static final class JwtExpired extends KitOver {
        JwtExpired() {
            super(BrokenPorts::jwtExpired);
        }
    }

    static final class CrossTenantLeak extends KitOver {
        CrossTenantLeak() {
            super(BrokenPorts.crossTenantLeak());
        }
    }
}
