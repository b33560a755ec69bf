package dev.parley.conversation.mock.server;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okio.Okio;

/**
 * The contract's operations, read from the wire module's copy of {@code openapi.json}: each operation's
 * method, path, parameters and body. This is all a lenient server needs of the contract, so it is read
 * with the JSON library the server already holds; the schema validator and its JSON tree
 * ({@link OpenApiContract}) load only for what needs them: strict checks, request bodies, and
 * {@code /openapi.json}. Read once per JVM.
 */
final class ContractOperations {
    private static final class Holder {
        static final ContractOperations INSTANCE = new ContractOperations();
    }

    private final Map<String, Operation> operations;

    private ContractOperations() {
        Object document;
        try (InputStream in = ContractOperations.class.getClassLoader().getResourceAsStream(OpenApiContract.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the contract " + OpenApiContract.RESOURCE + " is not on the classpath");
            }
            document = JsonReader.of(Okio.buffer(Okio.source(in))).readJsonValue();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the contract " + OpenApiContract.RESOURCE, e);
        }
        operations = readOperations(object(object(document, "document").get("paths"), "paths"));
    }

    static ContractOperations get() {
        return Holder.INSTANCE;
    }

    /** The operation with this {@code operationId}. */
    Operation operation(String operationId) {
        Operation operation = operations.get(operationId);
        if (operation == null) {
            throw new IllegalArgumentException("the contract has no operation " + operationId);
        }
        return operation;
    }

    /** Every operation of the contract, in document order. */
    Iterable<Operation> operations() {
        return operations.values();
    }

    private static Map<String, Operation> readOperations(Map<String, Object> paths) {
        Map<String, Operation> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> method : object(path.getValue(), path.getKey()).entrySet()) {
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                Map<String, Object> spec = object(method.getValue(), method.getKey());
                List<Parameter> parameters = new ArrayList<>();
                for (Object item : list(spec.get("parameters"))) {
                    Map<String, Object> parameter = object(item, "parameter");
                    Map<String, Object> schema = object(parameter.getOrDefault("schema", Map.of()), "schema");
                    parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                            Boolean.TRUE.equals(parameter.get("required")),
                            (String) schema.getOrDefault("type", "string"), (String) schema.getOrDefault("format", "")));
                }
                Object body = spec.get("requestBody");
                String bodySchema = null;
                boolean bodyRequired = false;
                if (body != null) {
                    Map<String, Object> request = object(body, "requestBody");
                    Map<String, Object> content = object(object(request.get("content"), "content").get("application/json"), "json");
                    String ref = (String) object(content.get("schema"), "schema").get("$ref");
                    bodySchema = ref.substring(ref.lastIndexOf('/') + 1);
                    bodyRequired = Boolean.TRUE.equals(request.get("required"));
                }
                Operation operation = new Operation((String) spec.get("operationId"),
                        method.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters),
                        bodySchema, bodyRequired);
                result.put(operation.id(), operation);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new IllegalStateException("the contract's " + what + " is not an object");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }

    /**
     * One operation of the contract.
     *
     * @param id           its {@code operationId}
     * @param method       the HTTP method, upper case
     * @param path         the path under the base URL, with {@code {name}} parameters
     * @param parameters   its path and query parameters
     * @param bodySchema   the component schema of its JSON body, or null when it takes none
     * @param bodyRequired whether the body must be sent
     */
    record Operation(String id, String method, String path, List<Parameter> parameters, String bodySchema,
                     boolean bodyRequired) {
    }

    /**
     * One parameter of an operation.
     *
     * @param name     its name
     * @param in       {@code path} or {@code query}
     * @param required whether it must be sent
     * @param type     its schema's type ({@code string} when the schema names none)
     * @param format   its schema's format (empty when none)
     */
    record Parameter(String name, String in, boolean required, String type, String format) {
    }
}
