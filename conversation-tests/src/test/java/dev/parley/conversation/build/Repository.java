package dev.parley.conversation.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The clone the tests run in: its root folder and what its poms declare. */
final class Repository {
    /** The modules that are never published: tests only, and the BOM (a pom, checked on its own). */
    static final List<String> NOT_PUBLISHED_AS_JARS =
            List.of("conversation-tests", "conversation-mock-server-junit510", "conversation-bom");

    private Repository() {
    }

    /** The folder of the root pom ({@code conversation-parent}), found from the working directory up. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom)
                        && Files.readString(pom).contains("<artifactId>conversation-parent</artifactId>")
                        && !Files.readString(pom).contains("<parent>")) {
                    return dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no conversation-parent pom.xml above " + Path.of("").toAbsolutePath());
    }

    static Document pom(Path pomFile) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pomFile.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pomFile + ": " + e.getMessage(), e);
        }
    }

    /** The text of the project element's direct child {@code name}, or null. */
    static String child(Element parent, String name) {
        Element element = childElement(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    static Element childElement(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    static List<Element> childElements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The root pom's default modules (profiles' modules, such as the benchmarks, are not published). */
    static List<String> modules() {
        Element project = pom(root().resolve("pom.xml")).getDocumentElement();
        return childElements(childElement(project, "modules"), "module").stream()
                .map(module -> module.getTextContent().trim())
                .toList();
    }

    static List<String> publishedJarModules() {
        return modules().stream().filter(module -> !NOT_PUBLISHED_AS_JARS.contains(module)).toList();
    }

    static String version() {
        return child(pom(root().resolve("pom.xml")).getDocumentElement(), "version");
    }
}
