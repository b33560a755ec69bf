package dev.parley.conversation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator the other tests trust: it must catch what the contract forbids. */
class ContractSchemasTest {

    @Test
    void aDocumentedBodyValidates() {
        assertThat(ContractSchemas.violations("ConversationWebchatQueueStatusUpdateRequest",
                "{\"agent_status\":\"busy\"}")).isEmpty();
    }

    @Test
    void closedSchemaRejectsAnUndocumentedField() {
        assertThat(ContractSchemas.violations("ConversationWebchatQueueStatusUpdateRequest",
                "{\"agent_status\":\"busy\",\"agent_mood\":\"happy\"}"))
                .singleElement().asString().contains("agent_mood");
    }

    @Test
    void closedSchemaRejectsAnUndocumentedFieldInANestedReferencedModel() {
        assertThat(ContractSchemas.violations("ConversationsResponse",
                "{\"conversations\":[{\"conversation_uuid\":\"c1\",\"participants\":[{\"nickname\":\"x\"}]}]}"))
                .singleElement().asString().contains("nickname");
    }

    @Test
    void schemaRejectsAValueOfTheWrongType() {
        assertThat(ContractSchemas.violations("ConversationsResponse",
                "{\"conversations\":[{\"conversation_uuid\":\"c1\",\"message_count\":\"three\"}]}"))
                .singleElement().asString().contains("message_count");
    }

    @Test
    void schemaRejectsAnUndocumentedEnumValue() {
        assertThat(ContractSchemas.violations("ConversationWebchatQueueStatusUpdateRequest",
                "{\"agent_status\":\"away\"}"))
                .singleElement().asString().contains("agent_status");
    }
}
