package dev.parley.conversation.tck.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.tck.KitSummary;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The summary after a kit run: its counts are the run's, and every failed and skipped rule is listed
 * with its reason. The kit under test is a nested class that only {@link EngineTestKit} runs.
 */
class KitSummaryTest {

    @Test
    void theSummaryCountsTheRunAndListsEachFailureAndSkipWithItsReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.txt");

        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(MarkReadIgnoredKit.class))
                .configurationParameter(KitSummary.FILE_PARAMETER, file.toString())
                .configurationParameter(KitSummary.CONSOLE_PARAMETER, "false")
                .execute().testEvents();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long passed = tests.succeeded().count();
        long failed = tests.failed().count();
        long skipped = tests.aborted().count();
        assertThat(failed).as("the broken port fails at least the markread rule").isPositive();
        assertThat(skipped).as("the rule that drops sockets is skipped: the engine has none")
                .isPositive();
        assertThat(lines.get(0)).isEqualTo("Parley kit, MarkReadIgnoredKit: " + (passed + failed + skipped) + " rules, "
                + passed + " passed, " + failed + " failed, " + skipped + " skipped");
        assertThat(lines).hasSize(1 + (int) (failed + skipped));
        assertThat(lines.subList(1, 1 + (int) failed)).as("failures come first, each named with its rule and the"
                + " first line of its failure").allMatch(line -> line.startsWith("  FAILED   "))
                .anySatisfy(line -> assertThat(line).startsWith("  FAILED   required_markread_01_clearsUnread")
                        .contains("rule markread_01"));
        for (Event skip : tests.aborted().list()) {
            String reason = skip.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                    .map(Throwable::getMessage).orElseThrow().replace("Assumption failed: ", "");
            assertThat(lines).as("each skip is listed with its reason").anySatisfy(line -> assertThat(line)
                    .startsWith("  SKIPPED  " + methodName(skip)).endsWith(reason));
        }
    }

    private static String methodName(Event event) {
        return event.getTestDescriptor().getSource().map(MethodSource.class::cast).orElseThrow().getMethodName();
    }

    /** The engine behind a port whose markRead does nothing: a run with failures, skips and passes. */
    static final class MarkReadIgnoredKit extends EngineVerification {
        @Override
        protected ConversationPort decorate(ConversationPort port) {
            return (ConversationPort) Proxy.newProxyInstance(ConversationPort.class.getClassLoader(),
                    new Class<?>[] {ConversationPort.class}, (proxy, method, args) -> {
                        if (method.getName().equals("markRead")) {
                            port.getConversation((ConversationId) args[0]);
                            return null;
                        }
                        try {
                            return method.invoke(port, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
