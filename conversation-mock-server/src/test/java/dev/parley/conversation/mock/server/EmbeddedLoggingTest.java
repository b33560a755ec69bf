package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Embedded in an application, the fake writes nothing at INFO into the application's log: not its own lines,
 * not Javalin's, not Jetty's start and stop lines. Checked in a JVM of its own, whose log is SLF4J's simple
 * logger at INFO writing to standard error, so the application's own INFO line shows that the log is live.
 */
class EmbeddedLoggingTest {

    @Test
    void anEmbeddedFakeLogsNothingAtInfoWhileTheApplicationsOwnLinesAppear() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(List.of(java.toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path"),
                EmbeddedLoggingProbe.class.getName()))
                .redirectErrorStream(true)
                .start();
        probe.getOutputStream().close();
        byte[] output = probe.getInputStream().readAllBytes();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().toList();

        assertThat(probe.exitValue()).as("the probe's exit code; its output: %s", lines).isZero();
        assertThat(lines).as("everything the application printed and logged")
                .containsExactly("[main] INFO application - the application's own line", "probe done");
    }
}
