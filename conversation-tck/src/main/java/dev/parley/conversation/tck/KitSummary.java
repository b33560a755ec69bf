package dev.parley.conversation.tck;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The summary of a kit run, printed after each verification class: how many rules passed, failed and
 * were skipped, then one line per failed or skipped rule with the reason (a skip always says what was
 * declined and why). Registered on {@link ConversationPortVerification}, so every kit run prints it:
 *
 * <pre>
 * Parley kit, MyClientTckTest: 139 rules, 138 passed, 0 failed, 1 skipped
 *   SKIPPED  required_realtime_29_exactlyOnceAcrossADroppedSocket  backstage declines DROP_SOCKETS: ...
 * </pre>
 *
 * <p>Only the kit's rules count (tests named {@code required_} or {@code optional_}{@code <area>_<nn>_...});
 * tests of your own in the same class are left out. Two JUnit configuration parameters (or system
 * properties) adjust it: {@value #FILE_PARAMETER} names a file the summary is also appended to (for CI),
 * and {@value #CONSOLE_PARAMETER}{@code =false} keeps it off the console.
 */
public final class KitSummary implements TestWatcher, AfterAllCallback {

    /** The configuration parameter naming a file the summary is appended to. */
    public static final String FILE_PARAMETER = "parley.kit.summary.file";
    /** The configuration parameter that, set to {@code false}, keeps the summary off the console. */
    public static final String CONSOLE_PARAMETER = "parley.kit.summary.console";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KitSummary.class);
    private static final Pattern RULE = Pattern.compile("(required|optional)_[a-z]+_\\d+_.+");

    /** Made by JUnit, through {@code @ExtendWith}. */
    public KitSummary() {
    }

    /** How a rule ended. */
    enum Status {
        FAILED, SKIPPED, PASSED
    }

    /** One rule's outcome. */
    record Outcome(String rule, Status status, String reason) {
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, Status.PASSED, null);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, Status.FAILED, String.valueOf(cause.getMessage()));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        String reason = String.valueOf(cause.getMessage());
        record(context, Status.SKIPPED, reason.startsWith("Assumption failed: ")
                ? reason.substring("Assumption failed: ".length()) : reason);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, Status.SKIPPED, reason.orElse("disabled"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<Outcome> outcomes = new ArrayList<>(outcomes(context));
        if (outcomes.isEmpty()) {
            return;
        }
        String summary = format(context.getRequiredTestClass().getSimpleName(), outcomes);
        if (!"false".equalsIgnoreCase(context.getConfigurationParameter(CONSOLE_PARAMETER).orElse("true"))) {
            PrintStream out = System.out;
            out.print(summary);
            out.flush();
        }
        Optional<String> file = context.getConfigurationParameter(FILE_PARAMETER).filter(f -> !f.isBlank());
        if (file.isPresent()) {
            append(Path.of(file.get()), summary);
        }
    }

    /** The summary of one class's rules: a headline with the counts, then each failed and skipped rule, failures first. */
    static String format(String className, List<Outcome> outcomes) {
        long passed = outcomes.stream().filter(o -> o.status() == Status.PASSED).count();
        long failed = outcomes.stream().filter(o -> o.status() == Status.FAILED).count();
        long skipped = outcomes.stream().filter(o -> o.status() == Status.SKIPPED).count();
        StringBuilder text = new StringBuilder()
                .append("Parley kit, ").append(className).append(": ").append(outcomes.size()).append(" rules, ")
                .append(passed).append(" passed, ").append(failed).append(" failed, ").append(skipped)
                .append(" skipped").append(System.lineSeparator());
        int width = outcomes.stream().filter(o -> o.status() != Status.PASSED).mapToInt(o -> o.rule().length())
                .max().orElse(0);
        outcomes.stream().filter(o -> o.status() != Status.PASSED)
                .sorted(Comparator.comparing(Outcome::status).thenComparing(Outcome::rule))
                .forEach(o -> text.append("  ").append(String.format("%-8s %-" + width + "s  ", o.status(), o.rule()))
                        .append(firstLine(o.reason())).append(System.lineSeparator()));
        return text.toString();
    }

    private static void record(ExtensionContext context, Status status, String reason) {
        String name = context.getRequiredTestMethod().getName();
        if (RULE.matcher(name).matches()) {
            outcomes(context.getParent().orElse(context)).add(new Outcome(name, status, reason));
        }
    }

    @SuppressWarnings("unchecked")
    private static Queue<Outcome> outcomes(ExtensionContext classContext) {
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("outcomes", key -> new ConcurrentLinkedQueue<>(),
                Queue.class);
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip() + " ...";
    }

    private static synchronized void append(Path file, String summary) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, summary, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append the kit's summary to " + file, e);
        }
    }
}
