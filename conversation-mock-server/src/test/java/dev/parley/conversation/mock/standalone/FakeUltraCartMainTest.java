package dev.parley.conversation.mock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The standalone command line: help, version, and refusals of bad options before anything starts. */
class FakeUltraCartMainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsEveryOptionWithItsDefault() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--port=PORT", "Default: 8089", "--host=HOST", "Default: 127.0.0.1", "--empty",
                "--seed=SEED", "--[no-]strict", "--journal-size=N", "--max-body-size=BYTES", "--max-upload-size=BYTES",
                "--upload-url-ttl=DURATION", "--websocket-idle-timeout=DURATION", "Default: PT10M", "--public-url=URL",
                "--version");
    }

    @Test
    void versionNamesTheServer() {
        int code = run("--version");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("conversation-mock-server ");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        int code = run("--colour=red");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour=red'");
    }

    @Test
    void aSettingOutOfRangeIsAUsageErrorNamingIt() {
        int code = run("--port", "70000");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("port must be between 0 and 65535 but was 70000");
    }

    @Test
    void aMalformedDurationIsAUsageErrorNamingIt() {
        int code = run("--upload-url-ttl", "soon");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--upload-url-ttl", "soon");
    }

    private int run(String... args) {
        CommandLine commandLine = FakeUltraCartMain.commandLine(new FakeUltraCartMain());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
