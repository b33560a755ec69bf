package dev.parley.conversation.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.NotFoundException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class KitTest {

    /** A port no test here calls: the helpers under test never reach it. */
    private static final ConversationPort UNUSED_PORT = (ConversationPort) Proxy.newProxyInstance(
            KitTest.class.getClassLoader(), new Class<?>[] {ConversationPort.class}, (proxy, method, args) -> {
                throw new AssertionError("the port was called: " + method.getName());
            });

    private static Kit kit(Backstage backstage) {
        return new Kit(new TckTenant(UNUSED_PORT, backstage), null, () -> null);
    }

    @Test
    void uniqueValuesNeverRepeat() {
        Set<String> values = IntStream.range(0, 1000).mapToObj(i -> Kit.unique("x")).collect(Collectors.toSet());
        assertThat(values).hasSize(1000).allSatisfy(v -> assertThat(v).startsWith("x-"));
        assertThat(Kit.newQueueName().value()).matches("tck-queue-[0-9a-f]{16}");
        assertThat(Kit.unknownConversationId()).isNotEqualTo(Kit.unknownConversationId());
    }

    @Test
    void aRefusalOfTheExpectedTypeIsReturned() {
        NotFoundException thrown = new NotFoundException("no such conversation");
        assertThat(Kit.assertRefused(NotFoundException.class, "rule x_01: 404", () -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void aCallThatReturnsFailsSayingWhatItReturned() {
        Throwable failure = catchThrowable(() -> Kit.assertRefused(NotFoundException.class, "rule x_01: 404",
                () -> "a conversation"));
        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessage("rule x_01: 404; expected NotFoundException but the call returned a conversation");
        Throwable voidFailure = catchThrowable(() -> Kit.assertRefused(NotFoundException.class, "rule x_02: 404",
                () -> { }));
        assertThat(voidFailure).hasMessage("rule x_02: 404; expected NotFoundException but the call returned normally");
    }

    @Test
    void aCallThatThrowsSomethingElseFailsNamingIt() {
        Throwable failure = catchThrowable(() -> Kit.assertRefused(NotFoundException.class, "rule x_01: 404", () -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("rule x_01: 404")
                .hasMessageContaining("java.lang.IllegalStateException: boom was thrown");
    }

    @Test
    void aDeclinedCapabilitySkipsSayingWhichAndWhy() {
        Kit kit = kit(Backstage.none("UltraCart cannot be driven from a test"));
        assertThatThrownBy(() -> kit.require(BackstageCapability.MESSAGES, "have a customer write"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("backstage declines MESSAGES: UltraCart cannot be driven from a test"
                        + " (this test needs it to have a customer write)");
    }

    @Test
    void declinedTenantsAndCredentialsSkipSayingWhich() {
        Kit kit = kit(Backstage.none("nothing"));
        assertThatThrownBy(kit::secondTenant).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("tenantsAreIsolated() is false");
        assertThatThrownBy(kit::badCredentialPort).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("portWithBadCredential() returned null");
    }

    @Test
    void withoutAClockTickDoesNothingAndEqualTimesSkip() {
        Kit kit = kit(Backstage.none("no clock here"));
        kit.tick();
        assertThat(kit.clockOrNull()).isNull();
        Instant t = Instant.parse("2026-11-24T05:32:16.123Z");
        kit.requireDistinct(List.of(t, t.plusMillis(1)), "page");
        assertThatThrownBy(() -> kit.requireDistinct(List.of(t, t), "page by epoch"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("share a millisecond and the backstage declines CLOCK (no clock here)");
    }

    @Test
    void timesAreCheckedAgainstTheClockOnlyWhenThereIsOne() {
        Instant t = Instant.parse("2026-11-24T05:32:16.123Z");
        Kit.assertWithin(t, null, null, "rule x_01: stamped");
        Kit.assertWithin(t, t, t, "rule x_01: stamped");
        assertThatThrownBy(() -> Kit.assertWithin(t.plusMillis(1), t, t, "rule x_01: stamped"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("rule x_01: stamped; the backstage clock read");
        assertThatThrownBy(() -> Kit.assertWithin(null, null, null, "rule x_01: stamped"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("rule x_01: stamped");
    }
}
