package dev.parley.conversation.mock.server;

import static dev.parley.conversation.mock.server.ContractAssertions.assertUltraCartError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.mock.junit5.FakeUltraCartExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's files under /__console: served without a credential, each with a policy that allows no inline script. */
class ConsoleServingTest {

    @RegisterExtension
    static final FakeUltraCartExtension SERVER = FakeUltraCartExtension.builder().build();

    private final Http http = new Http(SERVER.fake());

    @Test
    void everyFileOfTheConsoleForbidsInlineScriptAndSniffing() {
        for (String path : List.of("/__console", "/__console/", "/__console/main.js", "/__console/console.css",
                "/__console/api.js", "/__console/live.js", "/__console/dom.js", "/__console/conversations.js",
                "/__console/context.js", "/__console/queues.js", "/__console/faults.js", "/__console/requests.js",
                "/__console/clock.js")) {
            Reply reply = http.to("GET", http.root() + path).send();

            assertThat(reply.status()).as(path).isEqualTo(200);
            String policy = reply.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "default-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void thePageIsHtmlAndItsScriptsAreModulesOfThisServer() {
        Reply page = http.to("GET", http.root() + "/__console").send();
        Reply script = http.to("GET", http.root() + "/__console/main.js").send();

        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/__console/main.js\"></script>")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
    }

    @Test
    void noScriptOfTheConsoleWritesMarkup() {
        for (String file : List.of("main.js", "api.js", "live.js", "dom.js", "conversations.js", "context.js",
                "queues.js", "faults.js", "requests.js", "clock.js")) {
            String source = http.to("GET", http.root() + "/__console/" + file).send().body();

            assertThat(source).as(file).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void anUnknownFileOrAPathOutsideTheConsoleIsNotFound() {
        for (String path : List.of("/__console/nothing.js", "/__console/..%2Fpom.xml", "/__console/Main.JS",
                "/__console/index.html.bak")) {
            assertUltraCartError(http.to("GET", http.root() + path).send(), 404);
        }
    }
}
