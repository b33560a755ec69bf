package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.conversation.mock.server.ContractOperations.Operation;
import dev.parley.conversation.mock.server.ContractOperations.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operations a lenient server reads from openapi.json are the document's, read as a JSON tree. */
class ContractOperationsTest {

    @Test
    void everyOperationOfTheDocumentIsReadWithItsMethodPathParametersAndBody() throws IOException {
        JsonNode document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OpenApiContract.RESOURCE)) {
            document = new ObjectMapper().readTree(in);
        }
        List<Operation> expected = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode spec = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : spec.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            parameter.path("required").asBoolean(false), parameter.path("schema").path("type").asText("string"),
                            parameter.path("schema").path("format").asText("")));
                }
                JsonNode body = spec.path("requestBody");
                String ref = body.path("content").path("application/json").path("schema").path("$ref").asText(null);
                expected.add(new Operation(spec.path("operationId").asText(), method.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(), parameters, ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1),
                        body.path("required").asBoolean(false)));
            }
        }

        assertThat(ContractOperations.get().operations()).containsExactlyElementsOf(expected).hasSize(13);
    }

    @Test
    void theOperationsNamedByTheApiAreFoundByTheirId() {
        Operation list = ContractOperations.get().operation("getConversations");

        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo("/conversation/conversations");
        assertThat(list.parameters()).extracting(Parameter::name).contains("_limit", "_offset", "medium");
        assertThat(ContractOperations.get().operation("startConversation").bodySchema()).isEqualTo("ConversationStartRequest");
    }
}
