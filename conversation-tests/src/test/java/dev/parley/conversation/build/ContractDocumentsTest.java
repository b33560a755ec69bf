package dev.parley.conversation.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The behavioural contract ships in the repository ({@code docs/conversation-api.md}, and the OpenAPI document
 * inside {@code conversation-wire}) and stays in step with the team's shared copy: when the folder
 * {@code ../shared/contract/} sits beside the clone (as it does in CI), every copy must be identical to it.
 * Another folder can be named with {@code -Dshared.contract.dir=...}.
 */
class ContractDocumentsTest {

    private static final Path ROOT = Repository.root();
    private static final Path API_DOC = ROOT.resolve("docs/conversation-api.md");
    private static final Path OPENAPI = ROOT.resolve(
            "conversation-wire/src/main/resources/dev/parley/conversation/wire/openapi.json");

    @Test
    void theContractShipsUnderDocsAndTheReadmeAndKitCiteIt() throws IOException {
        assertThat(API_DOC).isRegularFile();
        assertThat(Files.readString(API_DOC)).contains("## ");
        assertThat(Files.readString(ROOT.resolve("README.md")))
                .as("README.md cites the contract where it ships")
                .contains("docs/conversation-api.md");
        assertThat(Files.readString(ROOT.resolve(
                        "conversation-tck/src/main/java/dev/parley/conversation/tck/ConversationPortVerification.java")))
                .as("the kit's Javadoc cites the contract where it ships")
                .contains("docs/conversation-api.md");
    }

    @Test
    void theBehaviourDocumentIsTheSharedOne() throws IOException {
        Path shared = sharedContract();

        assertThat(Files.readString(API_DOC))
                .as("docs/conversation-api.md has drifted from %s: copy the shared one again and adapt what changed",
                        shared.resolve("conversation-api.md"))
                .isEqualTo(Files.readString(shared.resolve("conversation-api.md")));
    }

    @Test
    void theOpenApiDocumentIsTheSharedOne() throws IOException {
        Path shared = sharedContract();

        assertThat(Files.readString(OPENAPI))
                .as("conversation-wire's openapi.json has drifted from %s: copy the shared one again and adapt "
                        + "what changed", shared.resolve("openapi.json"))
                .isEqualTo(Files.readString(shared.resolve("openapi.json")));
    }

    private static Path sharedContract() {
        String configured = System.getProperty("shared.contract.dir");
        if (configured != null) {
            assertThat(Path.of(configured)).as("-Dshared.contract.dir").isDirectory();
            return Path.of(configured);
        }
        Path shared = ROOT.resolve("../shared/contract").normalize();
        assumeTrue(Files.isDirectory(shared),
                () -> "no shared contract at " + shared + " to compare with (CI has one beside the clone)");
        return shared;
    }
}
