package dev.parley.conversation.mock.junit510;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @RegisterExtension FakeUltraCartExtension} on JUnit 5.10: a server per test from an instance field. */
class RegisteredOnJUnit510Test {
    @RegisterExtension
    final FakeUltraCartExtension fake = FakeUltraCartExtension.builder()
            .options(FakeUltraCart.builder().demoData(true)).build();

    @Test
    void thisIsJUnit510WithoutGetEnclosingTestClasses() {
        assertThat(ExtensionContext.class.getPackage().getImplementationVersion()).startsWith("5.10.");
        assertThat(Arrays.stream(ExtensionContext.class.getMethods()).map(m -> m.getName()))
                .doesNotContain("getEnclosingTestClasses");
    }

    @Test
    void theServerHasTheSettingsGivenAndIsInjected(FakeUltraCart injected) {
        assertThat(injected).isSameAs(fake.fake());
        assertThat(AnnotatedOnJUnit510Test.get(fake.baseUrl() + "/conversation/conversations")).contains("conversation_uuid");
        fake.control("other").customerStartsConversation(Medium.SMS, null, ParticipantArn.of("arn:customer:1"), "Ada", "hi");
    }
}
