package dev.parley.conversation.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * What a Java team expects of a published module, checked on the jars this build made (after {@code package},
 * so Failsafe runs it): an {@code Automatic-Module-Name} named after the base package, a {@code -sources} and
 * a {@code -javadoc} jar, the POM metadata a public repository requires, a license, reproducible archives,
 * and a BOM that lists every published module.
 *
 * <p>A published module is one of the root pom's default modules other than {@code conversation-tests} and
 * the BOM itself; a new module that is not to be published belongs in
 * {@link Repository#NOT_PUBLISHED_AS_JARS}.
 */
class PublishedArtifactsIT {

    private static final Path ROOT = Repository.root();
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    static List<String> publishedModules() {
        return Repository.publishedJarModules();
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void everyJarNamesItsModuleAfterTheBasePackageOfAllItsClasses(String module) throws IOException {
        try (JarFile jar = new JarFile(artifact(module, "").toFile())) {
            String name = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");

            assertThat(name).as("%s's Automatic-Module-Name (set automatic.module.name in its pom)", module)
                    .isNotNull()
                    .matches(MODULE_NAME);
            List<String> classes = entries(jar, ".class").stream()
                    .filter(entry -> !entry.startsWith("META-INF/"))
                    .toList();
            assertThat(classes).as("%s's classes", module).isNotEmpty();
            String packagePath = name.replace('.', '/') + "/";
            assertThat(classes).as("%s's classes all sit in %s or below it", module, name)
                    .allMatch(entry -> entry.startsWith(packagePath));
        }
    }

    @Test
    void everyModuleNameIsItsOwn() throws IOException {
        List<String> names = new ArrayList<>();
        for (String module : publishedModules()) {
            try (JarFile jar = new JarFile(artifact(module, "").toFile())) {
                names.add(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
            }
        }

        assertThat(names).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void everyJarHasItsSourcesAndItsJavadocBeside(String module) throws IOException {
        try (JarFile jar = new JarFile(artifact(module, "").toFile());
                JarFile sources = new JarFile(artifact(module, "-sources").toFile());
                JarFile javadoc = new JarFile(artifact(module, "-javadoc").toFile())) {
            List<String> topLevelClasses = entries(jar, ".class").stream()
                    .filter(entry -> !entry.contains("$") && !entry.startsWith("META-INF/"))
                    .map(entry -> entry.replace(".class", ".java"))
                    .toList();

            assertThat(entries(sources, ".java")).as("%s-sources.jar", module).containsAll(topLevelClasses);
            assertThat(entries(javadoc, ".html")).as("%s-javadoc.jar", module)
                    .contains("index.html")
                    .containsAll(publicTypesAsHtml(jar, sources));
        }
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void everyArchiveEntryCarriesTheFixedBuildTimestamp(String module) throws IOException {
        Instant fixed = Instant.parse(rootProperty("project.build.outputTimestamp"));
        for (String classifier : List.of("", "-sources", "-javadoc")) {
            try (JarFile jar = new JarFile(artifact(module, classifier).toFile())) {
                List<Instant> times = Collections.list(jar.entries()).stream()
                        .map(JarEntry::getLastModifiedTime)
                        .map(FileTime::toInstant)
                        .distinct()
                        .toList();

                // Zip stores local time to 2 seconds; the plugins write the fixed instant as such.
                assertThat(times).as("%s%s.jar entry times", module, classifier)
                        .allSatisfy(time -> assertThat(Math.abs(time.getEpochSecond() - fixed.getEpochSecond()))
                                .isLessThanOrEqualTo(24 * 3600));
                assertThat(times).as("%s%s.jar entry times", module, classifier).hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void everyModulePomNamesAndDescribesItselfAndInheritsThePublicMetadata(String module) {
        Element pom = Repository.pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();

        assertThat(Repository.child(pom, "name")).as("%s's <name>", module).isNotBlank();
        assertThat(Repository.child(pom, "description")).as("%s's <description>", module).isNotBlank();
        assertThat(Repository.child(Repository.childElement(pom, "parent"), "artifactId"))
                .as("%s inherits url, licenses, scm and developers from", module)
                .isEqualTo("conversation-parent");
        for (String inherited : List.of("url", "licenses", "scm", "developers")) {
            assertThat(Repository.childElement(pom, inherited))
                    .as("%s overrides the parent's <%s>; keep one in the parent", module, inherited)
                    .isNull();
        }
    }

    @Test
    void theParentAndTheBomCarryWhatAPublicRepositoryRequires() {
        for (Path pomFile : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("conversation-bom/pom.xml"))) {
            Element pom = Repository.pom(pomFile).getDocumentElement();

            assertThat(Repository.child(pom, "name")).as("%s <name>", pomFile).isNotBlank();
            assertThat(Repository.child(pom, "description")).as("%s <description>", pomFile).isNotBlank();
            assertThat(Repository.child(pom, "url")).as("%s <url>", pomFile).startsWith("https://");
            Element license = Repository.childElement(Repository.childElement(pom, "licenses"), "license");
            assertThat(Repository.child(license, "name")).as("%s license", pomFile).isEqualTo("Apache-2.0");
            Element scm = Repository.childElement(pom, "scm");
            assertThat(Repository.child(scm, "connection")).as("%s <scm>", pomFile).startsWith("scm:git:");
            assertThat(Repository.child(scm, "url")).as("%s <scm><url>", pomFile).startsWith("https://");
            Element developer = Repository.childElement(Repository.childElement(pom, "developers"), "developer");
            assertThat(Repository.child(developer, "name")).as("%s <developers>", pomFile).isNotBlank();
        }
    }

    @Test
    void theLicenseFileIsTheApacheLicense() throws IOException {
        assertThat(Files.readString(ROOT.resolve("LICENSE")))
                .contains("Apache License")
                .contains("Version 2.0, January 2004")
                .contains("END OF TERMS AND CONDITIONS");
    }

    @Test
    void theBomListsEveryPublishedModuleAtTheReactorsVersion() {
        Element bom = Repository.pom(ROOT.resolve("conversation-bom/pom.xml")).getDocumentElement();
        List<Element> dependencies = Repository.childElements(
                Repository.childElement(Repository.childElement(bom, "dependencyManagement"), "dependencies"),
                "dependency");

        assertThat(Repository.child(bom, "version")).as("the BOM's version").isEqualTo(Repository.version());
        assertThat(Repository.childElement(bom, "parent"))
                .as("the BOM's parent (importing it would import the parent's third-party pins)")
                .isNull();
        assertThat(dependencies).extracting(d -> Repository.child(d, "artifactId"))
                .as("the BOM's modules")
                .containsExactlyInAnyOrderElementsOf(publishedModules());
        assertThat(dependencies).allSatisfy(dependency -> {
            assertThat(Repository.child(dependency, "groupId")).isEqualTo("dev.parley");
            assertThat(Repository.child(dependency, "version")).isEqualTo("${project.version}");
        });
    }

    private static Path artifact(String module, String classifier) {
        Path jar = ROOT.resolve(module).resolve("target")
                .resolve(module + "-" + Repository.version() + classifier + ".jar");
        assertThat(jar).as("%s (built by mvn -B verify)", ROOT.relativize(jar)).isRegularFile();
        return jar;
    }

    private static List<String> entries(JarFile jar, String suffix) {
        return Collections.list(jar.entries()).stream()
                .map(JarEntry::getName)
                .filter(name -> name.endsWith(suffix))
                .toList();
    }

    /** The Javadoc pages of the jar's public top-level types (those declared {@code public} in the sources). */
    private static List<String> publicTypesAsHtml(JarFile jar, JarFile sources) throws IOException {
        List<String> pages = new ArrayList<>();
        for (String entry : entries(sources, ".java")) {
            if (entry.endsWith("package-info.java") || entry.endsWith("module-info.java")) {
                continue;
            }
            String source = new String(sources.getInputStream(sources.getEntry(entry)).readAllBytes());
            String simpleName = entry.substring(entry.lastIndexOf('/') + 1, entry.length() - ".java".length());
            if (Pattern.compile("(?m)^public (?:[a-z]+ )*(?:class|interface|record|enum|@interface) "
                    + Pattern.quote(simpleName) + "\\b").matcher(source).find()) {
                pages.add(entry.replace(".java", ".html"));
            }
        }
        assertThat(pages).as("public types of %s", jar.getName()).isNotEmpty();
        return pages;
    }

    private static String rootProperty(String name) {
        Element properties = Repository.childElement(
                Repository.pom(ROOT.resolve("pom.xml")).getDocumentElement(), "properties");
        String value = Repository.child(properties, name);
        assertThat(value).as("root pom property %s", name).isNotBlank();
        return value;
    }
}
