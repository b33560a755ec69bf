package dev.parley.conversation.mock.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.parley.conversation.mock.server.ContractOperations.Operation;
import dev.parley.conversation.mock.server.ContractOperations.Parameter;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract the fake serves and checks requests against: the wire module's copy of UltraCart's
 * {@code openapi.json} as a JSON tree, read once per JVM on first use, with its compiled schemas (each
 * compiled on first use, then shared by every server in the JVM). Strict checks, request bodies and
 * {@code /openapi.json} need it; a lenient server answering reads never loads it
 * ({@link ContractOperations} has the operations).
 */
final class OpenApiContract {
    static final String RESOURCE = "dev/parley/conversation/wire/openapi.json";
    private static final String SCHEMAS = "#/components/schemas/";

    private static final class Holder {
        static final OpenApiContract INSTANCE = new OpenApiContract();
    }

    /** The deepest nesting of request JSON read. */
    static final int MAX_DEPTH = 1000;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private final JsonNode document;
    private volatile Validation validation;
    private final Map<String, JsonSchema> componentSchemas = new ConcurrentHashMap<>();
    private final Map<String, JsonSchema> parameterSchemas = new ConcurrentHashMap<>();

    private OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the contract " + RESOURCE + " is not on the classpath");
            }
            document = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the contract " + RESOURCE, e);
        }
    }

    static OpenApiContract get() {
        return Holder.INSTANCE;
    }

    /**
     * Makes the schema validator ready, which only strict checks need: a lenient server never loads it.
     * Idempotent; the first check would do it otherwise.
     */
    void prepareValidation() {
        validation();
    }

    /** The schema factory and its settings, made on first use. */
    private Validation validation() {
        Validation ready = validation;
        if (ready == null) {
            synchronized (this) {
                ready = validation;
                if (ready == null) {
                    ready = new Validation();
                    validation = ready;
                }
            }
        }
        return ready;
    }

    /** The schema validator: the contract's dialect and how violations are reported. */
    private static final class Validation {
        final JsonSchemaFactory factory;
        final SchemaValidatorsConfig config;

        Validation() {
            // OpenAPI 3.0's dialect, plus the two integer formats the contract uses on numbers, and the
            // document's own top-level fields (schemas are loaded from within the whole document).
            JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
                    .format(new IntegerFormat("int32", Integer.MIN_VALUE, Integer.MAX_VALUE))
                    .format(new IntegerFormat("int64", Long.MIN_VALUE, Long.MAX_VALUE))
                    .keywords(List.of(new NonValidationKeyword("openapi"), new NonValidationKeyword("info"),
                            new NonValidationKeyword("servers"), new NonValidationKeyword("paths"),
                            new NonValidationKeyword("components"), new NonValidationKeyword("security"),
                            new NonValidationKeyword("tags")))
                    .build();
            factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                    .metaSchema(dialect)
                    .defaultMetaSchemaIri(dialect.getIri()));
            config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
        }
    }

    /** The contract as JSON text, naming {@code serverUrl} as its only server. */
    String documentServedAt(String serverUrl) {
        ObjectNode copy = document.deepCopy();
        copy.putArray("servers").addObject()
                .put("url", serverUrl)
                .put("description", "Parley's fake of UltraCart");
        try {
            return mapper.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the contract", e);
        }
    }

    /**
     * Parses request JSON strictly: no trailing content, no duplicate field names.
     *
     * @throws UltraCartError 400 naming where the JSON is malformed
     */
    JsonNode parse(String json, String what) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw UltraCartError.badRequest(what + " is not valid JSON: " + RequestJson.malformed(e) + ".");
        }
    }

    /** Parses JSON strictly, as {@link #parse}, letting the parser's exception through. */
    JsonNode readTree(String json) throws JsonProcessingException {
        return mapper.readTree(json);
    }

    /** The violations of {@code value} against the component schema {@code name}, by place in the value. */
    List<ValidationMessage> validate(String schemaName, JsonNode value) {
        List<ValidationMessage> result = new ArrayList<>(componentSchema(schemaName).validate(value));
        result.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(m -> m.getType().equals("type") ? 0 : 1));
        return result;
    }

    /** The names of the fields the component schema {@code name} declares, in document order. */
    List<String> fields(String schemaName) {
        List<String> names = new ArrayList<>();
        document.path("components").path("schemas").path(schemaName).path("properties").fieldNames()
                .forEachRemaining(names::add);
        return names;
    }

    /** The violations of {@code value} against the component schema {@code name}, sorted; empty when it conforms. */
    List<String> violations(String schemaName, JsonNode value) {
        return messages(componentSchema(schemaName).validate(value));
    }

    /**
     * The violations of a parameter's value (a {@code String}, {@code Long}, {@code BigDecimal} or
     * {@code Boolean}) against the parameter's schema in the contract, sorted; empty when it conforms.
     */
    List<String> violations(Operation operation, Parameter parameter, Object value) {
        JsonSchema schema = parameterSchemas.computeIfAbsent(operation.id() + " " + parameter.in() + " " + parameter.name(), key -> {
            JsonNode node = parameterSchema(operation, parameter);
            Validation validation = validation();
            JsonSchema compiled = validation.factory.getSchema(node, validation.config);
            compiled.initializeValidators();
            return compiled;
        });
        return messages(schema.validate(node(value)));
    }

    private static JsonNode node(Object value) {
        if (value instanceof Long number) {
            return LongNode.valueOf(number);
        }
        if (value instanceof BigDecimal number) {
            return DecimalNode.valueOf(number);
        }
        if (value instanceof Boolean flag) {
            return BooleanNode.valueOf(flag);
        }
        return TextNode.valueOf((String) value);
    }

    private JsonNode parameterSchema(Operation operation, Parameter parameter) {
        JsonNode spec = document.path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT));
        for (JsonNode candidate : spec.path("parameters")) {
            if (candidate.path("name").asText().equals(parameter.name()) && candidate.path("in").asText().equals(parameter.in())) {
                return candidate.path("schema");
            }
        }
        throw new IllegalArgumentException("the contract has no " + parameter.in() + " parameter " + parameter.name()
                + " of " + operation.id());
    }

    JsonSchema componentSchema(String name) {
        return componentSchemas.computeIfAbsent(name, key -> {
            if (!document.path("components").path("schemas").has(key)) {
                throw new IllegalArgumentException("the contract has no schema " + key);
            }
            Validation validation = validation();
            JsonSchema compiled = validation.factory.getSchema(
                    SchemaLocation.of("classpath:" + RESOURCE + SCHEMAS + key), validation.config);
            compiled.initializeValidators();
            return compiled;
        });
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<String> result = new ArrayList<>(messages.size());
        for (ValidationMessage message : messages) {
            String text = message.getMessage();
            result.add(text.startsWith("$: ") ? text.substring(3) : text);
        }
        Collections.sort(result);
        return result;
    }

    /** An integer format: the number must be whole and within the format's range. */
    private static final class IntegerFormat implements Format {
        private final String name;
        private final long min;
        private final long max;

        IntegerFormat(String name, long min, long max) {
            this.name = name;
            this.min = min;
            this.max = max;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext executionContext, ValidationContext validationContext, JsonNode value) {
            if (!value.isNumber()) {
                return true;
            }
            return value.isIntegralNumber() && value.canConvertToLong()
                    && value.longValue() >= min && value.longValue() <= max;
        }
    }
}
