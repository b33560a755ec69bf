package dev.parley.conversation.mock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.mock.remote.RemoteFakeUltraCart;
import dev.parley.conversation.mock.remote.RemoteTenant;
import dev.parley.conversation.mock.server.Fault;
import dev.parley.conversation.mock.server.RecordedRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar ({@code target/conversation-mock-server.jar}) as users run it: a separate process
 * that prints a ready line, serves the demonstration data, and stops cleanly on SIGTERM.
 */
class StandaloneJarIT {
    private static final Pattern READY = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/rest/v2");

    private static Path jar;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("standalone.jar", "target/conversation-mock-server.jar"));
        assertThat(jar).as("the shaded jar, built by mvn package").exists();
    }

    @Test
    void theJarServesTheDemonstrationDataAndStopsOnSigterm() throws Exception {
        Process server = start("--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertThat(ready).as("the ready line").isNotNull();
            Matcher url = READY.matcher(ready);
            assertThat(url.find()).as("ready line %s names http://127.0.0.1:PORT/rest/v2", ready).isTrue();

            HttpResponse<String> list = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.group() + "/conversation/conversations?_limit=5"))
                            .header("x-ultracart-simple-key", "standalone-key").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("\"conversation_uuid\"");

            // SIGTERM, as Process.destroy() sends it, but through the handle: Process.destroy() also closes
            // the process's output, which has the stop line still to read.
            server.toHandle().destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
            assertThat(out.readLine()).isEqualTo("Fake UltraCart stopped.");
            assertThat(out.readLine()).as("nothing after the stop line").isNull();
            assertThat(server.exitValue()).as("exit code after a clean stop on SIGTERM").isZero();
            assertThat(lines(server.getErrorStream().readAllBytes()))
                    .as("standard error: the ready line is all a standalone server says at start")
                    .isEmpty();
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aLenientServerAnsweringReadsLoadsNeitherTheJsonTreeLibraryNorTheSchemaValidator(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes.log");
        Process server = start(List.of("-Xlog:class+load=info:file=" + classes), "--port", "0");
        try {
            String base = readyUrl(server);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/conversation/conversations"))
                    .header("x-ultracart-simple-key", "reads-key").build(), HttpResponse.BodyHandlers.ofString());
            Matcher uuid = Pattern.compile("\"conversation_uuid\":\"([^\"]+)\"").matcher(list.body());
            assertThat(uuid.find()).as("a conversation in %s", list.body()).isTrue();
            for (String read : List.of("/conversation/conversations/" + uuid.group(1) + "?limit=20",
                    "/conversation/conversations/" + uuid.group(1) + "/messages/0")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + read))
                        .header("x-ultracart-simple-key", "reads-key").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(read).isEqualTo(200);
            }
            server.toHandle().destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();

            assertThat(Files.readAllLines(classes)).as("classes loaded")
                    .anyMatch(line -> line.contains("dev.parley.conversation.mock.server.ContractOperations "))
                    .noneMatch(line -> line.contains("com.fasterxml.jackson.") || line.contains("com.networknt."));
        } finally {
            server.destroyForcibly();
        }
    }

    private static String readyUrl(Process server) throws IOException {
        String ready = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        Matcher url = READY.matcher(String.valueOf(ready));
        assertThat(url.find()).as("ready line %s names http://127.0.0.1:PORT/rest/v2", ready).isTrue();
        return url.group();
    }

    @Test
    void anotherProcessDrivesTheJarThroughTheRemoteControlPlane() throws Exception {
        Process server = start("--port", "0", "--empty");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            Matcher url = READY.matcher(String.valueOf(out.readLine()));
            assertThat(url.find()).as("the ready line names the base URL").isTrue();
            RemoteFakeUltraCart fake = RemoteFakeUltraCart.at(url.group());
            RemoteTenant tenant = fake.control("remote-key");

            ConversationId id = tenant.customerStartsConversation(Medium.SMS, null,
                    ParticipantArn.of("arn:customer:+15125550100"), "Ada", "Where is my order?");
            tenant.addFault(Fault.status(503).forMethod("PUT"));
            CompletableFuture<RecordedRequest> join = CompletableFuture.supplyAsync(() ->
                    tenant.awaitRequest(r -> r.path().endsWith(id + "/join") && r.status() == 204, Duration.ofSeconds(30)));
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest joinRequest = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/conversation/conversations/" + id + "/join"))
                    .header("x-ultracart-simple-key", "remote-key").PUT(HttpRequest.BodyPublishers.noBody()).build();
            int faulted = http.send(joinRequest, HttpResponse.BodyHandlers.discarding()).statusCode();
            int joined = http.send(joinRequest, HttpResponse.BodyHandlers.discarding()).statusCode();
            http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/conversation/conversations")).build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(faulted).isEqualTo(503);
            assertThat(joined).isEqualTo(204);
            assertThat(join.get(30, TimeUnit.SECONDS).header("x-ultracart-simple-key")).isEqualTo("****");
            assertThat(tenant.requests()).extracting(RecordedRequest::status).containsExactly(503, 204);
            assertThat(fake.refusedRequests()).singleElement().extracting(RecordedRequest::status).isEqualTo(401);
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aPortInUseIsOneLineOnStandardErrorAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process server = start("--port", String.valueOf(taken.getLocalPort()));
            try {
                assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("exits").isTrue();
                List<String> errors = lines(server.getErrorStream().readAllBytes());

                assertThat(server.exitValue()).isEqualTo(1);
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0)).contains(String.valueOf(taken.getLocalPort()), "in use");
                assertThat(lines(server.getInputStream().readAllBytes())).isEmpty();
            } finally {
                server.destroyForcibly();
            }
        }
    }

    private static Process start(String... options) throws IOException {
        return start(List.of(), options);
    }

    private static Process start(List<String> jvmOptions, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).start();
    }

    private static String javaBinary() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }
}
