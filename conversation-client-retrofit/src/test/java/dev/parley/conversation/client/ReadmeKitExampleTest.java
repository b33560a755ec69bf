package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.parley.conversation.client.UltraCartConversationClient;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.tck.KitSummary;
import dev.parley.conversation.tck.fake.FakeUltraCartVerification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The README's kit "without glue" example cannot rot: its test class is {@link MyClientTckTest} below,
 * word for word, and it runs (two of its rules here, through {@link EngineTestKit}; the whole kit runs
 * in {@link UltraCartClientTckTest}).
 */
class ReadmeKitExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_FILE = Path.of("src", "test", "java", "dev", "parley", "conversation", "client",
            "ReadmeKitExampleTest.java");

    @Test
    void theReadmeTestClassIsThisOne() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("### Without glue");
        assertThat(start).as("README has the kit's \"Without glue\" section").isNotNegative();
        Matcher java = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start));
        assertThat(java.find()).as("the section shows a test class").isTrue();
        String block = java.group(1);
        String classOnly = block.substring(block.indexOf("class MyClientTckTest"));

        assertThat(normalized(Files.readString(THIS_FILE))).as("the README's class is the one in " + THIS_FILE)
                .contains(normalized(classOnly));
        for (String line : block.lines().filter(l -> l.startsWith("import ")).toList()) {
            assertThat(Files.readString(THIS_FILE)).as("the README's imports are this file's").contains(line);
        }
    }

    @Test
    void theReadmeTestClassRunsTheKitWithNoAdapter() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(MyClientTckTest.class, "required_errors_07_badCredentialUnauthorized"),
                        selectMethod(MyClientTckTest.class, "required_start_01_smsWithAgentAndParticipants"))
                .configurationParameter(KitSummary.CONSOLE_PARAMETER, "false").execute().testEvents();

        assertThat(tests.succeeded().count()).as("the bad-credential rule runs (a refused key) and passes, and so"
                + " does a rule of the backstage-free kind").isEqualTo(2);
    }

    private static String normalized(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    // The README's class, word for word. Surefire runs nested classes only through EngineTestKit, above.

    static
    class MyClientTckTest extends FakeUltraCartVerification {

        @Override
        protected ConversationPort newPort(String baseUrl, String credential) {
            return client(baseUrl, credential);
        }

        @Override
        protected RealtimePort newRealtimePort(String baseUrl, String credential) {
            return client(baseUrl, credential).realtime();          // return null to skip the realtime rules
        }

        private static UltraCartConversationClient client(String baseUrl, String credential) {
            return UltraCartConversationClient.builder().baseUrl(baseUrl).simpleKey(credential).build();
        }
    }
}
