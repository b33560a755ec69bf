package dev.parley.conversation.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code RULES.md}, the kit's table of contents, is generated from the verification classes' rule
 * methods and their Javadoc, and this test keeps it in step: it fails when a rule is added, renamed,
 * removed or re-described without the document following. Regenerate it with
 * {@code mvn -pl conversation-tck -am test -Dtest=RulesDocumentTest -Dsurefire.failIfNoTests=false -Dparley.rules.write=true}.
 */
class RulesDocumentTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/parley/conversation/tck");
    private static final Path DOCUMENT = Path.of("RULES.md");
    private static final Pattern RULE = Pattern.compile(
            "/\\*\\*(?<doc>(?:(?!\\*/).)*?)\\*/\\s*@Test\\s*public void (?<name>(?:required|optional)_[A-Za-z0-9_]+)\\(\\)",
            Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("(required|optional)_([a-z]+)_(\\d\\d)_([A-Za-z0-9]+)");

    @Test
    void rulesDocumentListsEveryRuleOfTheKitWithWhatItPins() {
        String expected = render(rules());
        if (Boolean.getBoolean("parley.rules.write")) {
            write(expected);
        }
        assertThat(read()).as("conversation-tck/RULES.md is out of date: regenerate it with mvn -pl conversation-tck -am"
                + " test -Dtest=RulesDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dparley.rules.write=true")
                .isEqualTo(expected);
    }

    @Test
    void everyRuleMethodOfTheKitHasItsLineInTheDocument() {
        List<String> documented = rules().stream().map(Rule::method).collect(Collectors.toList());
        List<String> declared = Stream.of(ConversationPortVerification.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .sorted()
                .collect(Collectors.toList());
        assertThat(documented).as("every @Test rule of the kit is documented, read from its source")
                .containsAll(declared);
    }

    @Test
    void ruleIdsAreUniqueAndWellFormed() {
        List<Rule> rules = rules();
        assertThat(rules).isNotEmpty();
        assertThat(rules).allSatisfy(r -> assertThat(r.method()).matches(NAME));
        assertThat(rules.stream().map(Rule::id).distinct().count()).as("no two rules share an id")
                .isEqualTo(rules.size());
    }

    record Rule(String severity, String area, String id, String method, String pins) {
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Verification.java")).sorted()
                    .collect(Collectors.toList())) {
                Matcher m = RULE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    Matcher name = NAME.matcher(m.group("name"));
                    if (!name.matches()) {
                        throw new AssertionError("a rule method is not named <severity>_<area>_<nn>_<what>: " + m.group("name"));
                    }
                    String id = name.group(2) + "_" + name.group(3);
                    rules.add(new Rule(name.group(1), name.group(2), id, m.group("name"), describe(m.group("doc"), id)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** The Javadoc as one Markdown line, without the leading {@code id:}. */
    private static String describe(String javadoc, String id) {
        String text = Arrays.stream(javadoc.split("\n"))
                .map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining(" "))
                .replaceAll("\\{@(?:code|link) ([^}]*)}", "`$1`")
                .replaceAll("</?[a-z]+>", "")
                .replace("|", "\\|")
                .strip();
        return text.startsWith(id + ":") ? text.substring(id.length() + 1).strip() : text;
    }

    static String render(List<Rule> rules) {
        Map<String, List<Rule>> byArea = new LinkedHashMap<>();
        rules.forEach(r -> byArea.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(r));
        long required = rules.stream().filter(r -> r.severity().equals("required")).count();
        StringBuilder out = new StringBuilder();
        out.append("# The compatibility kit's rules\n\n")
                .append("Generated from the kit's sources by `RulesDocumentTest` (which fails when this file is out of date).\n")
                .append(rules.size()).append(" rules: ").append(required).append(" required (stated by `docs/conversation-api.md`), ")
                .append(rules.size() - required).append(" optional (left open by the contract; Parley's fake commits to them).\n")
                .append("A failure message starts with the rule id (`rule list_03: ...`); the test method is named\n")
                .append("`<severity>_<id>_<what>`. Ids are stable: a retired rule's id is never reused.\n");
        byArea.forEach((area, list) -> {
            out.append("\n## ").append(area).append("\n\n| id | severity | test method | what it pins |\n|---|---|---|---|\n");
            list.forEach(r -> out.append("| ").append(r.id()).append(" | ").append(r.severity()).append(" | `")
                    .append(r.method()).append("` | ").append(r.pins()).append(" |\n"));
        });
        return out.toString();
    }

    private static String read() {
        try {
            return Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String text) {
        try {
            Files.writeString(DOCUMENT, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
