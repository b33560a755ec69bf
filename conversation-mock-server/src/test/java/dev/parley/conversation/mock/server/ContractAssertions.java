package dev.parley.conversation.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Checks of what the fake answers against the contract (openapi.json) and UltraCart's error shape. */
final class ContractAssertions {
    private ContractAssertions() {
    }

    /** The body conforms to the component schema {@code schema} of openapi.json (closed: no undocumented field). */
    static JsonNode assertConforms(Reply reply, String schema) {
        OpenApiContract contract = OpenApiContract.get();
        List<String> violations = contract.violations(schema, contract.parse(reply.body(), "the response"));
        assertThat(violations).as("violations of %s in %s", schema, reply.body()).isEmpty();
        return reply.json();
    }

    /** A successful answer with a body conforming to {@code schema}. */
    static JsonNode assertOk(Reply reply, String schema) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        return assertConforms(reply, schema);
    }

    /** A success without body (the contract allows 200 or 204). */
    static void assertEmptySuccess(Reply reply) {
        assertThat(reply.status()).as("status of %s", reply).isIn(200, 204);
        assertThat(reply.bytes()).as("body").isEmpty();
    }

    /**
     * An error in UltraCart's shape: the status, a {@code UC-REST-ERROR} header, and an {@code ErrorResponse}
     * body with {@code success: false} and the same developer message.
     *
     * @return the developer message
     */
    static String assertUltraCartError(Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        String header = reply.header(ErrorResponses.ERROR_HEADER);
        assertThat(header).as("UC-REST-ERROR header of %s", reply).isNotBlank();
        assertThat(reply.header("Content-Type")).as("content type of %s", reply).startsWith("application/json");
        JsonNode body = assertConforms(reply, "ErrorResponse");
        assertThat(body.path("success").isBoolean() && !body.path("success").booleanValue()).as("success false in %s", reply).isTrue();
        String developerMessage = body.path("error").path("developer_message").asText();
        assertThat(developerMessage).isNotBlank();
        assertThat(body.path("error").path("user_message").asText()).isNotBlank();
        assertThat(header).isEqualTo(ErrorResponses.headerValue(developerMessage));
        return developerMessage;
    }
}
