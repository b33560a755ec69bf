package dev.parley.conversation.mock.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request bodies read as JSON and checked against what they should be, with answers a person
 * understands: the field as they wrote it ({@code `cart.items[0].quantity`}), the types in words, an
 * unknown field named with the fields that exist and the one it most looks like.
 *
 * <p>Types are checked in both modes: lenient mode forgives fields a body should not have, never a
 * value of the wrong type, which is refused with the same 400 as in strict mode.
 */
final class RequestJson {
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern READER_PATH = Pattern.compile(" at path \\$(\\S*)$");
    private static final int MAX_LISTED_FIELDS = 12;
    private static final Map<String, String> SCHEMA_WORDS = Map.of(
            "ConversationStartRequest", "start request",
            "ConversationWebchatQueueStatusUpdateRequest", "queue status update",
            "ConversationWebchatContext", "webchat context");

    private RequestJson() {
    }

    /**
     * A body that passed its check: the fields it had that were ignored (lenient mode), each with the
     * sentence saying so.
     *
     * @param ignored the ignored fields, each with its sentence, in the body's order
     */
    record Checked(List<Ignored> ignored) {
        /** The sentences of the ignored fields, for the journal. */
        List<String> notes() {
            return ignored.stream().map(Ignored::note).toList();
        }

        /**
         * What to add to a refusal caused by a value the body lacks: the ignored fields that look like a
         * field that exists, since one of them is most likely the value meant. Empty when there are none.
         */
        String hint() {
            List<String> likely = ignored.stream().filter(i -> i.suggestion() != null).map(Ignored::note).toList();
            return likely.isEmpty() ? "" : " Note: " + String.join(" ", likely);
        }
    }

    /**
     * A field of a body that was ignored.
     *
     * @param field      the field as written, such as {@code participant_arns} or {@code cart.cart_idd}
     * @param suggestion the field it looks like, or null
     * @param note       the sentence saying it was ignored and why
     */
    record Ignored(String field, String suggestion, String note) {
    }

    /**
     * Checks {@code body} against the contract's schema {@code schema}.
     *
     * @param strict whether a field the schema does not have is refused (strict) or ignored (lenient)
     * @throws UltraCartError 400 naming the first problems: malformed JSON, a value of the wrong type or
     *                        out of its range, an unknown field (strict mode)
     */
    static Checked check(String schema, String body, boolean strict) {
        OpenApiContract contract = OpenApiContract.get();
        JsonNode json = parse(body);
        List<String> problems = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ValidationMessage violation : contract.validate(schema, json)) {
            String at = violation.getInstanceLocation().toString();
            if (violation.getType().equals("additionalProperties")) {
                String objectSchema = objectSchema(violation);
                String field = join(field(violation.getInstanceLocation()), violation.getProperty());
                String sentence = unknownField(field, violation.getProperty(), describe(objectSchema),
                        contract.fields(objectSchema));
                if (strict) {
                    problems.add(sentence);
                } else {
                    String suggestion = suggestion(violation.getProperty(), contract.fields(objectSchema));
                    ignored.add(new Ignored(field, suggestion, "`" + field + "` was ignored: " + sentence));
                }
            } else if (seen.add(at)) {
                problems.add(sentence(violation));
            }
        }
        if (!problems.isEmpty()) {
            throw UltraCartError.badRequest("The request body is not a valid " + noun(schema) + " (" + schema + "): "
                    + String.join(" ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? " And " + (problems.size() - 5) + " more." : ""));
        }
        return new Checked(List.copyOf(ignored));
    }

    /**
     * Checks a control-plane body against the record it is read into: every field one of its
     * components (by its JSON name), of the component's type. Nulls are allowed (absent).
     *
     * @param what the body in words, such as {@code a new conversation}
     * @throws UltraCartError 400 naming the first problem
     */
    static void checkAgainst(Class<? extends Record> type, String what, String body) {
        JsonNode json = parse(body);
        if (!json.isObject()) {
            throw UltraCartError.badRequest("The request body must be a JSON object (" + what + ") but was "
                    + found(json) + ".");
        }
        Map<String, Type> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            com.squareup.moshi.Json name = component.getAnnotation(com.squareup.moshi.Json.class);
            fields.put(name == null ? component.getName() : name.name(), component.getGenericType());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Type expected = fields.get(field.getKey());
            if (expected == null) {
                throw UltraCartError.badRequest("The request body is not valid: "
                        + unknownField(field.getKey(), field.getKey(), what, List.copyOf(fields.keySet())));
            }
            String problem = typeProblem(expected, field.getValue());
            if (problem != null) {
                throw UltraCartError.badRequest("The request body is not valid: `" + field.getKey() + "` must be " + problem
                        + " but was " + found(field.getValue()) + ".");
            }
        }
    }

    /**
     * Parses request JSON strictly (no trailing content, no duplicate field names, bounded nesting).
     *
     * @throws UltraCartError 400 saying where and how the JSON is malformed
     */
    static JsonNode parse(String body) {
        try {
            return OpenApiContract.get().readTree(body);
        } catch (JsonProcessingException e) {
            throw UltraCartError.badRequest("The request body is not valid JSON: " + malformed(e) + ".");
        }
    }

    /**
     * The sentence for a field that is not one of {@code fields} of {@code what}.
     *
     * @param shown the field as the sentence shows it, with the path to it ({@code cart.cart_idd})
     * @param name  its name in its object ({@code cart_idd}), which the suggestion is for
     */
    static String unknownField(String shown, String name, String what, List<String> fields) {
        String suggestion = suggestion(name, fields);
        StringBuilder sentence = new StringBuilder("`").append(ApiCall.printable(shown)).append("` is not a field of ")
                .append(what);
        if (suggestion != null) {
            sentence.append("; did you mean `").append(suggestion).append("`?");
        } else {
            sentence.append('.');
        }
        if (fields.isEmpty()) {
            return sentence.append(" It has no fields.").toString();
        }
        List<String> listed = fields.subList(0, Math.min(MAX_LISTED_FIELDS, fields.size()));
        sentence.append(" Its fields are ").append(String.join(", ", listed));
        if (fields.size() > listed.size()) {
            sentence.append(" and ").append(fields.size() - listed.size()).append(" more");
        }
        return sentence.append('.').toString();
    }

    /** The field of {@code fields} that {@code field} most looks like, or null when none does. */
    static String suggestion(String field, List<String> fields) {
        String wanted = field.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : fields) {
            int distance = distance(wanted, candidate);
            boolean close = distance <= Math.max(1, Math.min(wanted.length(), candidate.length()) / 3)
                    || (wanted.length() >= 3 && (candidate.contains(wanted) || wanted.contains(candidate)))
                    || sharesMostWords(wanted, candidate);
            if (close && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean sharesMostWords(String field, String candidate) {
        List<String> words = List.of(field.split("_"));
        Set<String> theirs = Set.of(candidate.split("_"));
        long shared = words.stream().filter(w -> w.length() > 2 && theirs.contains(w)).count();
        return shared > 0 && shared * 2 >= words.size();
    }

    /**
     * A message that ends with a reader's {@code at path $.cart.items[0]}, with the field put as the client
     * wrote it: {@code (in `cart.items[0]`)}.
     */
    static String plainPath(String message) {
        Matcher path = READER_PATH.matcher(message);
        if (!path.find()) {
            return message;
        }
        String field = path.group(1).startsWith(".") ? path.group(1).substring(1) : path.group(1);
        return message.substring(0, path.start()) + (field.isEmpty() ? "" : " (in `" + field + "`)");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String sentence(ValidationMessage violation) {
        String field = field(violation.getInstanceLocation());
        String subject = field == null ? "The body" : "`" + field + "`";
        JsonNode value = violation.getInstanceNode();
        switch (violation.getType()) {
            case "type":
                return subject + " must be " + typeWords(violation.getSchemaNode().asText()) + " but was " + found(value) + ".";
            case "format":
                String format = violation.getSchemaNode().asText();
                if (format.equals("int32") || format.equals("int64")) {
                    boolean int32 = format.equals("int32");
                    return subject + " must be a whole number from " + (int32 ? Integer.MIN_VALUE : Long.MIN_VALUE) + " to "
                            + (int32 ? Integer.MAX_VALUE : Long.MAX_VALUE) + " but was " + found(value) + ".";
                }
                return subject + " must be a " + format + " but was " + found(value) + ".";
            case "enum":
                List<String> allowed = new ArrayList<>();
                violation.getSchemaNode().forEach(option -> allowed.add(option.asText()));
                return subject + " must be one of " + String.join(", ", allowed) + " but was " + found(value) + ".";
            default:
                String message = violation.getMessage();
                int colon = message.indexOf(": ");
                return subject + ": " + (colon < 0 ? message : message.substring(colon + 2)) + ".";
        }
    }

    /** A path as the client wrote the field: {@code cart.items[0].quantity}; null for the body itself. */
    private static String field(JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String join(String parent, String name) {
        return parent == null ? name : parent + "." + name;
    }

    /** The component schema whose object holds an unknown field. */
    private static String objectSchema(ValidationMessage violation) {
        String location = violation.getSchemaLocation().getFragment().toString();
        String marker = "/components/schemas/";
        int at = location.lastIndexOf(marker);
        String rest = location.substring(at + marker.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String describe(String schema) {
        return "a " + noun(schema);
    }

    private static String noun(String schema) {
        return SCHEMA_WORDS.getOrDefault(schema, schema);
    }

    private static String typeWords(String type) {
        switch (type) {
            case "string":
                return "text";
            case "integer":
                return "a whole number";
            case "number":
                return "a number";
            case "boolean":
                return "true or false";
            case "array":
                return "a list";
            case "object":
                return "an object";
            default:
                return "a " + type;
        }
    }

    /** What a client sent, in words: {@code the number 42}, {@code the text "x"}, {@code a list}. */
    static String found(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isTextual()) {
            return "the text \"" + ApiCall.printable(value.asText()) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + ApiCall.printable(value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list" : "an object";
    }

    /** What a control-plane value of {@code type} must be, or null when {@code value} is one. */
    private static String typeProblem(Type type, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (type == String.class) {
            return value.isTextual() ? null : "text";
        }
        if (type == Boolean.class) {
            return value.isBoolean() ? null : "true or false";
        }
        if (type == Integer.class) {
            return value.isIntegralNumber() && value.canConvertToInt() ? null
                    : "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class) {
            return value.isIntegralNumber() && value.canConvertToLong() ? null
                    : "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!value.isArray()) {
                return "a list";
            }
            for (JsonNode item : value) {
                if (typeProblem(list.getActualTypeArguments()[0], item) != null || item.isNull()) {
                    return "a list of text";
                }
            }
            return null;
        }
        return null;
    }

    /** Why JSON could not be parsed, in words, with the line and column. */
    static String malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || message.contains("end-of-input")) {
            return "it ends before the JSON is complete" + where;
        }
        if (e instanceof StreamConstraintsException || message.contains("nesting depth")) {
            return "it nests deeper than " + OpenApiContract.MAX_DEPTH + " levels";
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "the field `" + ApiCall.printable(duplicate.group(1)) + "` appears twice" + where;
        }
        if (e instanceof MismatchedInputException && message.contains("Trailing token")) {
            return "there is more after the JSON document" + where;
        }
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(message);
        if (unexpected.find()) {
            return "unexpected " + unexpected.group(1) + where;
        }
        if (message.contains("No content to map")) {
            return "it is empty";
        }
        return "it cannot be read" + where;
    }
}
