package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.mock.server.ContractOperations.Operation;
import dev.parley.conversation.mock.server.ContractOperations.Parameter;
import dev.parley.conversation.wire.JsonBody;
import dev.parley.conversation.wire.WireCodec;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One API request, checked against its operation in the contract: its parameters converted to the
 * declared types, its body read. What a handler of {@link ApiHandlers} works with.
 *
 * <p>Always checked: a parameter has its declared type (a whole number within int32 or int64, a
 * boolean, a number), a required one is present, a path parameter has no control characters, a
 * required body is present, and the body's values have their schema's types and ranges (lenient mode
 * never coerces a type). In strict mode also: no undeclared or repeated query parameter, the
 * parameters' schemas, no undocumented field in the body (closed schemas), and a JSON content type.
 * Lenient mode ignores undeclared query parameters and undocumented fields, and notes each on the
 * request's journal entry.
 */
final class ApiCall {
    static final String JSON = "application/json";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String NOTES = "parley.notes";
    private static final RequestJson.Checked NOTHING_IGNORED = new RequestJson.Checked(List.of());

    private final Context ctx;
    private final ConversationPort port;
    private final Map<String, Object> parameters;
    private final String body;
    private final RequestJson.Checked checked;

    private ApiCall(Context ctx, ConversationPort port, Map<String, Object> parameters, String body,
                    RequestJson.Checked checked) {
        this.ctx = ctx;
        this.port = port;
        this.parameters = parameters;
        this.body = body;
        this.checked = checked;
    }

    /**
     * Reads and checks the request.
     *
     * @throws UltraCartError 400 naming the first problem found
     */
    static ApiCall read(Context ctx, Operation operation, ConversationPort port, String body, boolean strict) {
        Map<String, List<String>> query = queryParameters(ctx.queryString());
        List<String> notes = new ArrayList<>();
        if (strict) {
            checkQueryNames(operation, query);
        } else {
            for (String name : query.keySet()) {
                if (operation.parameters().stream().noneMatch(p -> p.in().equals("query") && p.name().equals(name))) {
                    notes.add("Query parameter " + printable(name) + " was ignored: " + operation.id()
                            + " does not take it.");
                }
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (Parameter parameter : operation.parameters()) {
            String raw = raw(ctx, parameter, query);
            if (raw == null) {
                if (parameter.required()) {
                    throw UltraCartError.badRequest(describe(parameter) + " is required but was not sent.");
                }
                continue;
            }
            if (parameter.in().equals("path") && hasControlCharacter(raw)) {
                throw UltraCartError.badRequest(describe(parameter) + " must not contain control characters but was \""
                        + printable(raw) + "\".");
            }
            Object value = convert(parameter, raw);
            if (strict) {
                List<String> violations = OpenApiContract.get().violations(operation, parameter, value);
                if (!violations.isEmpty()) {
                    throw UltraCartError.badRequest(describe(parameter) + " is not valid: " + String.join("; ", violations));
                }
            }
            values.put(parameter.name(), value);
        }
        RequestJson.Checked checked = operation.bodySchema() == null ? NOTHING_IGNORED
                : checkBody(ctx, operation, body, strict);
        notes.addAll(checked.notes());
        if (!notes.isEmpty()) {
            ctx.attribute(NOTES, List.copyOf(notes));
        }
        return new ApiCall(ctx, port, values, body, checked);
    }

    /** What lenient mode ignored in the request, as sentences for its journal entry; empty when nothing. */
    static List<String> notes(Context ctx) {
        List<String> notes = ctx.attribute(NOTES);
        return notes == null ? List.of() : notes;
    }

    ConversationPort port() {
        return port;
    }

    /** A string parameter's value, or null when it was not sent. */
    String text(String name) {
        return (String) parameters.get(name);
    }

    /** A 32-bit integer parameter's value, or null when it was not sent. */
    Integer int32(String name) {
        Long value = (Long) parameters.get(name);
        return value == null ? null : Math.toIntExact(value);
    }

    /** A 64-bit integer parameter's value, or null when it was not sent. */
    Long int64(String name) {
        return (Long) parameters.get(name);
    }

    /**
     * The request body read by {@code codec}. A body the codec refuses for a value it lacks is answered
     * 400 naming, besides, any ignored field that looks like a field of the body: most likely the value
     * was sent under that name.
     *
     * @throws UltraCartError 400 when the codec refuses the body
     */
    <T> T body(WireCodec<T> codec) {
        try {
            return codec.read(body);
        } catch (InvalidRequestException e) {
            throw UltraCartError.badRequest(e.getMessage() + checked.hint());
        }
    }

    /** Answers 200 with {@code value} written by {@code codec}. */
    <T> void ok(WireCodec<T> codec, T value) {
        ok(codec.writeBytes(value));
    }

    /** Answers 200 with a JSON body already written in UTF-8: bytes go to the socket as they are. */
    void ok(byte[] json) {
        ctx.status(200).contentType(JSON).result(json);
    }

    /**
     * Answers 200 with a body spliced from kept JSON: its ranges are copied straight into the response's
     * buffer (Javalin reads the stream as it reads a {@code byte[]} answer), never joined first.
     */
    void ok(JsonBody json) {
        ctx.status(200).contentType(JSON).result(json.inputStream());
    }

    /** Answers 204 (the contract allows 200 or 204 with an empty body; 204 says it plainly). */
    void noContent() {
        ctx.status(204);
    }

    private static void checkQueryNames(Operation operation, Map<String, List<String>> query) {
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            boolean declared = operation.parameters().stream()
                    .anyMatch(p -> p.in().equals("query") && p.name().equals(entry.getKey()));
            if (!declared) {
                String accepted = operation.parameters().stream().filter(p -> p.in().equals("query"))
                        .map(Parameter::name).collect(Collectors.joining(", "));
                throw UltraCartError.badRequest("Query parameter " + printable(entry.getKey()) + " is not part of "
                        + operation.id() + (accepted.isEmpty() ? ", which takes none." : ", which takes " + accepted + "."));
            }
            if (entry.getValue().size() > 1) {
                throw UltraCartError.badRequest("Query parameter " + entry.getKey() + " must be sent once but was sent "
                        + entry.getValue().size() + " times.");
            }
        }
    }

    /**
     * The query string's parameters, decoded strictly: a malformed escape is a 400 (Javalin's own
     * parsing drops such a parameter silently, which would hide a client's bug).
     */
    static Map<String, List<String>> queryParameters(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw UltraCartError.badRequest("The query string is malformed at \"" + printable(text) + "\": "
                    + e.getMessage() + ".");
        }
    }

    private static String raw(Context ctx, Parameter parameter, Map<String, List<String>> query) {
        if (parameter.in().equals("path")) {
            return ctx.pathParam(parameter.name());
        }
        List<String> values = query.get(parameter.name());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The parameter's value as its schema's type: a {@code Long}, {@code BigDecimal}, {@code Boolean} or {@code String}. */
    private static Object convert(Parameter parameter, String raw) {
        switch (parameter.type()) {
            case "integer":
                return wholeNumber(parameter, raw);
            case "number":
                try {
                    return new BigDecimal(raw);
                } catch (NumberFormatException e) {
                    throw UltraCartError.badRequest(describe(parameter) + " must be a number but was \"" + printable(raw) + "\".");
                }
            case "boolean":
                if (raw.equals("true") || raw.equals("false")) {
                    return Boolean.parseBoolean(raw);
                }
                throw UltraCartError.badRequest(describe(parameter) + " must be true or false but was \"" + printable(raw) + "\".");
            default:
                return raw;
        }
    }

    private static long wholeNumber(Parameter parameter, String raw) {
        boolean int32 = parameter.format().equals("int32");
        if (!WHOLE_NUMBER.matcher(raw).matches()) {
            throw UltraCartError.badRequest(describe(parameter) + " must be a whole number but was \"" + printable(raw) + "\".");
        }
        BigInteger value = new BigInteger(raw);
        BigInteger min = int32 ? BigInteger.valueOf(Integer.MIN_VALUE) : INT64_MIN;
        BigInteger max = int32 ? BigInteger.valueOf(Integer.MAX_VALUE) : INT64_MAX;
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw UltraCartError.badRequest(describe(parameter) + " must be a " + (int32 ? "32" : "64")
                    + "-bit whole number (" + min + " to " + max + ") but was " + printable(raw) + ".");
        }
        return value.longValueExact();
    }

    /**
     * The body's check: JSON of the schema's types in both modes; in strict mode also sent as JSON and
     * without undocumented fields, which lenient mode ignores and notes.
     */
    private static RequestJson.Checked checkBody(Context ctx, Operation operation, String body, boolean strict) {
        if (body.isEmpty()) {
            if (operation.bodyRequired()) {
                throw UltraCartError.badRequest("The request body is required: a " + operation.bodySchema() + " as JSON.");
            }
            return NOTHING_IGNORED;
        }
        if (strict) {
            String contentType = ctx.contentType();
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(JSON)) {
                throw UltraCartError.badRequest("The request body must be sent as Content-Type: application/json but was "
                        + (contentType == null ? "sent without a Content-Type." : printable(contentType) + "."));
            }
        }
        return RequestJson.check(operation.bodySchema(), body, strict);
    }

    private static String describe(Parameter parameter) {
        return (parameter.in().equals("path") ? "Path parameter " : "Query parameter ") + parameter.name();
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A client's value fit to quote in a message: control characters escaped, long values cut. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), 100) + 8);
        int i = 0;
        for (; i < value.length() && out.length() < 100; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return i < value.length() ? out + "..." : out.toString();
    }
}
