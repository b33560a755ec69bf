package dev.parley.conversation.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationException;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.RateLimitedException;
import dev.parley.conversation.domain.TransportException;
import dev.parley.conversation.tck.CustomerConversation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use the client" section cannot rot: each of its Java blocks appears word for word in
 * this module's test sources ({@link Inbox}, {@link InboxTest}, {@link NewestConversations} and here),
 * where it compiles and runs.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path TEST_SOURCES = Path.of("src", "test", "java", "dev", "parley", "conversation", "client");

    @Test
    void everyJavaBlockOfTheClientSectionIsCompiledTestCode() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Use the client");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("README has a \"Use the client\" section").isNotNegative();
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> blocks = new ArrayList<>();
        Matcher java = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (java.find()) {
            blocks.add(java.group(1));
        }
        String sources;
        try (Stream<Path> files = Files.list(TEST_SOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(normalized(Files.readString(file))).append('\n');
            }
            sources = all.toString();
        }

        assertThat(blocks).as("the section shows Java examples").hasSizeGreaterThanOrEqualTo(4);
        for (String block : blocks) {
            // The imports a block shows are checked against the class path in conversation-tests
            // (ReadmeJavaSnippetsTest); the code after them is what must be test code here.
            String code = block.replaceAll("(?m)^import [^\n]*\n", "");
            assertThat(sources).as("this README block is test code in " + TEST_SOURCES + ":\n" + block)
                    .contains(normalized(code));
        }
    }

    @Test
    void theConfigurationExampleBuildsAClientThatWorks() {
        String key = FakeOverHttp.newKey();
        AtomicReference<String> accessToken = new AtomicReference<>(key);
        OkHttpClient sharedOkHttp = FakeOverHttp.HTTP;
        String baseUrl = FakeOverHttp.FAKE.baseUrl();

        ConversationPort ultracart = UltraCartConversationClient.builder()
                .baseUrl(baseUrl)
                .bearerToken(accessToken::get)
                .okHttpClient(sharedOkHttp)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofSeconds(30))
                .retryPolicy(RetryPolicy.builder().maxAttempts(5).maxElapsed(Duration.ofMinutes(2)).build())
                .userAgent("acme-console/2.3")
                .httpLogging(UltraCartConversationClient.HttpLogging.HEADERS)
                .build();

        ultracart.keepAlive();
        assertThat(FakeOverHttp.backstage(key).requests()).singleElement()
                .satisfies(request -> assertThat(request.get("headers").toString()).contains("acme-console/2.3"));
    }

    @Test
    void theErrorHandlingExampleSeesTheStatusAndUltraCartsMessage() {
        ConversationPort ultracart = FakeOverHttp.client(FakeOverHttp.newKey()).build();
        ConversationId id = ConversationId.of("no-such-conversation");
        List<String> seen = new ArrayList<>();

        try {
            ultracart.getConversation(id);
        } catch (NotFoundException e) {
            seen.add("gone: " + e.getMessage());
        } catch (RateLimitedException e) {
            seen.add("retry after " + e.retryAfter().orElse(Duration.ofSeconds(30)));
        } catch (TransportException e) {
            seen.add("no answer: " + e.getMessage());
        } catch (ConversationException e) {
            seen.add("status " + e.statusCode() + ": " + e.details().map(d -> d.userMessage()).orElse(e.getMessage()));
        }

        assertThat(seen).singleElement().asString()
                .startsWith("gone: GET /conversation/conversations/no-such-conversation answered 404 Not Found: ");
    }

    @Test
    void theAsyncExampleGivesTheNewestConversationsLastMessages() throws Exception {
        String key = FakeOverHttp.newKey();
        FakeOverHttp.backstage(key).customerStartsConversation(
                CustomerConversation.sms(ParticipantArn.of("arn:customer:+15551230001"), "Ada", "Is it in stock?"));

        try (UltraCartConversationClient ultracart = FakeOverHttp.client(key).build()) {
            CompletableFuture<List<String>> pending = NewestConversations.lastMessages(ultracart);

            assertThat(pending.get(10, TimeUnit.SECONDS)).containsExactly("Is it in stock?");
        }
    }

    /** Indentation and line breaks aside. */
    private static String normalized(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }
}
