package dev.parley.conversation.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The consumer project that the invoker runs after {@code package} ({@code src/it/bom-consumer}) is the README's
 * adoption path, not a paraphrase of it: its test class is the "Without glue" section's class byte for byte, and
 * its pom declares what "Add Parley to your build" and "Without glue" tell a user to declare.
 */
class BomConsumerReadmeTest {

    private static final Path ROOT = Repository.root();
    private static final Path CONSUMER = ROOT.resolve("conversation-tests/src/it/bom-consumer");
    private static final Pattern BLOCK = Pattern.compile("```(java|xml)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theConsumersTestClassIsTheReadmesWithoutGlueClass() throws IOException {
        String readmeClass = firstBlock("### Without glue", "java");

        assertThat(Files.readString(CONSUMER.resolve("src/test/java/MyClientTckTest.java")))
                .as("src/it/bom-consumer/src/test/java/MyClientTckTest.java is the README's class, as pasted")
                .isEqualTo(readmeClass);
    }

    @Test
    void theConsumerImportsTheBomAndDeclaresTheReadmesModulesWithoutVersions() throws IOException {
        Element readme = xml(firstBlock("### Add Parley to your build", "xml"));
        Element consumer = consumerPom();

        assertThat(Repository.childElement(consumer, "parent")).as("the consumer's parent").isNull();
        assertThat(dependencies(Repository.childElement(consumer, "dependencyManagement")))
                .as("the consumer's dependencyManagement is the README's")
                .isEqualTo(dependencies(Repository.childElement(readme, "dependencyManagement")));
        assertThat(dependencies(consumer)).as("the consumer's dependencies")
                .containsAll(dependencies(readme))
                .filteredOn(dependency -> dependency.startsWith("dev.parley:"))
                .allSatisfy(dependency -> assertThat(dependency).as("a Parley module, versioned by the BOM")
                        .doesNotContain(":version="));
    }

    @Test
    void theConsumerAddsTheKitWithoutGlueWithTheReadmesScope() throws IOException {
        List<String> readme = dependencies(xml("<dependencies>" + firstBlock("### Without glue", "xml")
                + "</dependencies>"));
        assertThat(readme).as("the README's \"Without glue\" dependency").hasSize(1);

        assertThat(dependencies(consumerPom())).as("the consumer's dependencies")
                .contains(readme.get(0).replace(":version=" + Repository.version(), ""));
    }

    private static Element consumerPom() throws IOException {
        return xml(Files.readString(CONSUMER.resolve("pom.xml")).replace("@project.version@", Repository.version()));
    }

    /** The first fenced block of the given language after the README heading. */
    private static String firstBlock(String heading, String language) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf(heading);
        assertThat(start).as("README has the section %s", heading).isNotNegative();
        for (Matcher block = BLOCK.matcher(readme.substring(start)); block.find(); ) {
            if (block.group(1).equals(language)) {
                return block.group(2);
            }
        }
        throw new AssertionError("README's section " + heading + " shows no " + language + " block");
    }

    private static Element xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            String rooted = "<root>" + text.replaceFirst("^<\\?xml[^>]*\\?>", "") + "</root>";
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(rooted.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            Element project = Repository.childElement(root, "project");
            return project != null ? project : root;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read XML: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** The {@code <dependencies>} directly under the element, each as "groupId:artifactId:tag=value:...". */
    private static List<String> dependencies(Element parent) {
        assertThat(parent).as("an element holding <dependencies>").isNotNull();
        Element dependencies = Repository.childElement(parent, "dependencies");
        assertThat(dependencies).as("<%s> has <dependencies>", parent.getTagName()).isNotNull();
        return Repository.childElements(dependencies, "dependency").stream()
                .map(dependency -> {
                    StringBuilder text = new StringBuilder(Repository.child(dependency, "groupId"))
                            .append(':').append(Repository.child(dependency, "artifactId"));
                    for (String tag : List.of("version", "type", "scope")) {
                        String value = Repository.child(dependency, tag);
                        if (value != null) {
                            text.append(':').append(tag).append('=').append(value);
                        }
                    }
                    return text.toString();
                })
                .toList();
    }
}
