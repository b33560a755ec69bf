package dev.parley.conversation.wire;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The contract's component schemas (OpenAPI 3.0, every model closed), as a validator. */
final class ContractSchemas {
    private static final String CONTRACT = "classpath:dev/parley/conversation/wire/openapi.json";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** What is wrong with {@code json} as the component schema {@code component}; empty when it is valid. */
    static Set<ValidationMessage> violations(String component, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(component, name -> {
            JsonSchema loaded = FACTORY.getSchema(SchemaLocation.of(CONTRACT + "#/components/schemas/" + name));
            loaded.initializeValidators();
            return loaded;
        });
        return schema.validate(json, InputFormat.JSON);
    }
}
