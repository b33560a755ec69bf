package dev.parley.conversation.mock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's control-plane examples run as a user pastes them: every shell block of "The control plane",
 * in order, in one bash, against the standalone jar, with {@code curl} failing on any error status. The
 * examples capture the ids they need themselves; a missing {@code bash}, {@code curl} or {@code jq} fails
 * the test ({@code .ci/run} installs them).
 */
class ReadmeControlPlaneIT {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern READY = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/rest/v2");
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ONE_LINE_ANSWER = Pattern.compile("(?m)^# (\\{.*\\})$");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^\\{\"([a-z_]+)\":");

    @Test
    void theControlPlaneExamplesRunInOrderAsPastedAndAnswerTheShapesShown(@TempDir Path workDir) throws Exception {
        String section = section(Files.readString(README), "## The control plane");
        List<String> blocks = new ArrayList<>();
        for (Matcher block = SHELL_BLOCK.matcher(section); block.find(); ) {
            blocks.add(block.group(1));
        }
        assertThat(blocks).as("shell blocks of the control-plane section").hasSizeGreaterThanOrEqualTo(8);
        assertThat(blocks.get(0)).as("the set-up block").contains("FAKE=http://127.0.0.1:8089");

        Process server = new ProcessBuilder(javaBinary(), "-jar", jar().toString(), "--port", "0").start();
        try {
            String ready = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher url = READY.matcher(String.valueOf(ready));
            assertThat(url.find()).as("ready line %s", ready).isTrue();
            String script = "set -euo pipefail\n"
                    // Any error status fails the walk, but for the request the README sends to be refused.
                    + "curl() { case \"$*\" in *'Authorization: Basic'*) command curl --max-time 20 \"$@\";;"
                    + " *) command curl --fail-with-body --max-time 20 \"$@\";; esac; }\n"
                    + String.join("\n", blocks).replace("FAKE=http://127.0.0.1:8089",
                            "FAKE=http://127.0.0.1:" + url.group(1));

            Process shell = new ProcessBuilder("bash", "-c", script)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .start();
            shell.getOutputStream().close();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shell.waitFor(120, TimeUnit.SECONDS)).as("the examples finish").isTrue();

            assertThat(shell.exitValue()).as("exit code of the README's examples; their output:\n%s", output).isZero();
            for (Matcher answer = ONE_LINE_ANSWER.matcher(section); answer.find(); ) {
                Matcher key = TOP_LEVEL_KEY.matcher(answer.group(1));
                if (key.find()) {
                    assertThat(output).as("an answer shaped like the README's %s", answer.group(1))
                            .contains("{\"" + key.group(1) + "\":");
                }
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertThat(start).as("README has %s", heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("standalone.jar", "target/conversation-mock-server.jar"));
        assertThat(jar).as("the shaded jar, built by mvn package").exists();
        return jar;
    }

    private static String javaBinary() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
