package dev.parley.conversation.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README shows its imports, so that it can be pasted into a file: each snippet
 * starts with them, each import names a class that exists (on this module's class path, which holds every
 * published module, JUnit and AssertJ), and every Parley type the snippet uses is among them.
 */
class ReadmeJavaSnippetsTest {

    private static final Path ROOT = Repository.root();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (static )?([\\w.]+?)(\\.\\w+)?;$");

    @Test
    void everyJavaSnippetStartsWithImportsThatResolve() throws IOException {
        List<String> blocks = javaBlocks();

        assertThat(blocks).as("the README's Java snippets").hasSizeGreaterThanOrEqualTo(10);
        for (String block : blocks) {
            assertThat(block).as("a README snippet starts with its imports:\n%s", block).startsWith("import ");
            for (Matcher line = IMPORT.matcher(block); line.find(); ) {
                String type = line.group(1) != null ? line.group(2) : line.group(2) + line.group(3);
                assertThat(exists(type)).as("README imports %s, which is no class", type).isTrue();
            }
        }
    }

    @Test
    void everyParleyTypeASnippetUsesIsImported() throws IOException {
        Set<String> parleyTypes = parleyTopLevelTypes();
        assertThat(parleyTypes).contains("ConversationPort", "FakeUltraCart", "ConversationPortVerification");

        for (String block : javaBlocks()) {
            String code = block.replaceAll("(?m)^import [^\\n]*\\n", "").replaceAll("//[^\\n]*", "");
            Set<String> imported = new TreeSet<>();
            for (Matcher line = IMPORT.matcher(block); line.find(); ) {
                String name = line.group(1) != null ? line.group(2) : line.group(2) + line.group(3);
                imported.add(name.substring(name.lastIndexOf('.') + 1));
            }
            for (String type : parleyTypes) {
                boolean used = Pattern.compile("\\b" + type + "\\b").matcher(code).find();
                boolean declared = Pattern.compile("\\b(class|record|interface) " + type + "\\b").matcher(code).find();
                if (used && !declared) {
                    assertThat(imported).as("imports of the README snippet using %s:\n%s", type, block).contains(type);
                }
            }
        }
    }

    private static List<String> javaBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        for (Matcher block = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("README.md"))); block.find(); ) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, ReadmeJavaSnippetsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The simple names of the published modules' public top-level types, from their sources. */
    private static Set<String> parleyTopLevelTypes() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String module : Repository.publishedJarModules()) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    if (Pattern.compile("(?m)^public .*\\b(class|interface|record|enum|@interface) " + name + "\\b")
                            .matcher(Files.readString(file)).find()) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
