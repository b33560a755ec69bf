package dev.parley.conversation.wire;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a problem found while reading a request body into a sentence for the person who sent it:
 * fields named as they wrote them ({@code `cart.items[0].quantity`}), JSON types in words ("a list",
 * "text"), and none of the reader's own vocabulary ({@code BEGIN_ARRAY}, {@code $.null}, "at path").
 */
final class PlainWords {
    private static final Pattern AT_PATH = Pattern.compile("^(.*?) at (?:path )?(\\$\\S*)$", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("^Expected (.+?) but was (.+)$", Pattern.DOTALL);
    private static final Pattern MALFORMED = Pattern.compile("^Malformed JSON(?::? (.*))?$", Pattern.DOTALL);
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("BEGIN_ARRAY", "a list"),
            Map.entry("END_ARRAY", "the end of a list"),
            Map.entry("BEGIN_OBJECT", "an object"),
            Map.entry("END_OBJECT", "the end of an object"),
            Map.entry("NAME", "a field name"),
            Map.entry("STRING", "text"),
            Map.entry("NUMBER", "a number"),
            Map.entry("BOOLEAN", "a boolean"),
            Map.entry("NULL", "null"),
            Map.entry("END_DOCUMENT", "the end of the body"),
            Map.entry("a string", "text"),
            Map.entry("an int", "a whole number"),
            Map.entry("a long", "a whole number"),
            Map.entry("a double", "a number"),
            Map.entry("a boolean", "true or false"),
            Map.entry("a date-time string", "a date-time"));

    private PlainWords() {
    }

    /**
     * The sentence for {@code problem}, a reader's message that may end with {@code at path $...}.
     * Messages this class does not know keep their words, with the path put plainly.
     */
    static String of(String problem) {
        if (problem == null) {
            return "it could not be read";
        }
        Matcher atPath = AT_PATH.matcher(problem);
        String what = problem;
        String field = null;
        if (atPath.matches()) {
            what = atPath.group(1);
            field = field(atPath.group(2));
        }
        Matcher malformed = MALFORMED.matcher(what);
        if (malformed.matches()) {
            String detail = malformed.group(1);
            return "it is not valid JSON" + (field == null ? "" : " (the problem is at " + field + ")")
                    + (detail == null || detail.isBlank() ? "" : ": " + words(detail));
        }
        if (what.startsWith("Expected more JSON but the body ended")) {
            return "it ends before the JSON is complete";
        }
        if (what.startsWith("Expected the end of the document")) {
            return "there is more after the JSON document";
        }
        Matcher expected = EXPECTED.matcher(what);
        if (expected.matches()) {
            String subject = field == null ? "the body" : field;
            if (expected.group(1).equals("a value")) {
                return subject + " is required but was " + (expected.group(2).startsWith("absent") ? "missing or null" : "null");
            }
            return subject + " must be " + words(expected.group(1)) + " but was " + words(expected.group(2));
        }
        return field == null ? what : what + " (in " + field + ")";
    }

    /** A reader's path as the field a person wrote: {@code $.a.b[0]} is {@code `a.b[0]`}; the root is null. */
    static String field(String path) {
        String field = path.startsWith("$") ? path.substring(1) : path;
        // A name not read yet shows as ".null": the problem is in the object that holds it.
        field = field.replaceAll("\\.null$", "");
        if (field.startsWith(".")) {
            field = field.substring(1);
        }
        if (field.endsWith(".")) {
            field = field.substring(0, field.length() - 1);
        }
        return field.isEmpty() ? null : "`" + field + "`";
    }

    private static String words(String text) {
        String replaced = TOKENS.getOrDefault(text.strip(), text);
        for (Map.Entry<String, String> token : TOKENS.entrySet()) {
            if (token.getKey().equals(token.getKey().toUpperCase(java.util.Locale.ROOT))) {
                replaced = replaced.replaceAll("\\b" + token.getKey() + "\\b", token.getValue());
            }
        }
        return replaced;
    }
}
