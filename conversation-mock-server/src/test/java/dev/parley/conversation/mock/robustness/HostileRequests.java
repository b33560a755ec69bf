package dev.parley.conversation.mock.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes malformed and random requests from a seed: wrong and odd methods, paths and parameters off
 * the contract, broken and hostile headers, mutated and oversized JSON bodies, odd encodings, broken
 * HTTP framing and bytes that are not HTTP at all. The same seed gives the same requests.
 */
final class HostileRequests {

    /**
     * One request to send.
     *
     * @param label     what it is, to name it in a failure
     * @param bytes     the request exactly as sent
     * @param head      whether it is a HEAD request (answered without a body)
     * @param keepAlive whether it is cleanly framed, so its connection may be reused
     * @param httpAtAll whether it is HTTP at all: bytes that are not may be refused by closing the connection
     */
    record Request(String label, byte[] bytes, boolean head, boolean keepAlive, boolean httpAtAll) {
        @Override
        public String toString() {
            String text = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
            StringBuilder shown = new StringBuilder();
            for (char c : text.toCharArray()) {
                shown.append(c == '\r' ? "\\r" : c == '\n' ? "\\n\n    " : c < 0x20 || c >= 0x7f
                        ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
            }
            return label + " (" + bytes.length + " bytes):\n    " + shown + (bytes.length > 400 ? "..." : "");
        }
    }

    static final String API = "/rest/v2";
    private static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE",
        "QUERY", "get", "Put", "PROPFIND", "FOO", "M-SEARCH", "X"};
    private static final String[] VERSIONS = {"HTTP/1.1", "HTTP/1.0", "HTTP/1.2", "HTTP/2.0", "HTTP/0.9", "http/1.1",
        "HTTP/1.1 ", "HTTP/11", "HTTPS/1.1", "", "HTTP/1.1 extra"};
    private static final String[] ODD_VALUES = {"", " ", "0", "-1", "1", "200", "201", "2147483648", "-2147483649",
        "99999999999999999999999", "1e3", "0x10", "1.5", "NaN", "null", "true", "%00", "%ff%fe", "%", "%zz", "%2F",
        "..%2F..%2F", "a%20b", "%E2%98%83", "%F0%9F%92%A9", "sms", "SMS", "websocket", "email",
        "2026-11-24T05:32:16.123Z", "2026-11-24T05:32:16+0000", "2026-13-45T99:99:99Z", "yesterday",
        "'; DROP TABLE conversations; --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}",
        "{{request.headers}}", "../../etc/passwd", "A".repeat(300), "%41".repeat(200)};
    private static final String[] QUERY_NAMES = {"limit", "_limit", "_offset", "medium", "before", "since",
        "_expand", "", "limit[]", "%6c%69%6d%69%74", "a".repeat(100)};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8",
        "application/json; charset=utf-16", "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/JSON", "application/json; charset=nope", "", "*/*", "\u00e9"};
    private static final String VALID_START = "{\"add_conversation_participant_arns\":[\"arn:customer:+15125550100\"],"
            + "\"conversation_arn\":\"arn:conv:1\",\"conversation_webchat_queue_uuid\":null}";
    private static final String VALID_STATUS = "{\"agent_status\":\"available\"}";
    private static final String VALID_ADMIN_CONVERSATION = "{\"medium\":\"sms\",\"customer_arn\":\"arn:c:1\","
            + "\"customer_name\":\"Ada\",\"first_message\":\"hi\"}";
    private static final String VALID_FAULT = "{\"path\":\"/rest/v2/nothing\",\"times\":1,\"status\":418}";

    private final SplittableRandom random;
    private final List<String> keys;
    private final List<String> conversationIds;

    HostileRequests(long seed, List<String> keys, List<String> conversationIds) {
        this.random = new SplittableRandom(seed);
        this.keys = keys;
        this.conversationIds = conversationIds;
    }

    // ---- the categories

    /** Well-framed requests at every route with odd methods, path values, parameters, credentials and bodies. */
    Request offContract() {
        String method = random.nextInt(4) == 0 ? pick(METHODS) : null;
        String path = apiPath();
        String routeMethod = path.endsWith("/join") || path.endsWith("/markread") || path.endsWith("/status")
                || path.endsWith("/context") || path.endsWith("/auth") || path.endsWith("/conversations") && random.nextBoolean()
                ? "PUT" : path.endsWith("/leave") ? "DELETE" : "GET";
        method = method == null ? routeMethod : method;
        StringBuilder target = new StringBuilder(path);
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            target.append(i == 0 ? '?' : '&').append(pick(QUERY_NAMES)).append('=').append(pick(ODD_VALUES));
        }
        StringBuilder headers = new StringBuilder();
        credential(headers);
        if (random.nextInt(3) == 0) {
            headers.append("X-UltraCart-Api-Version: ").append(random.nextBoolean() ? "2017-03-01" : pick(ODD_VALUES))
                    .append("\r\n");
        }
        byte[] body = random.nextInt(3) == 0 ? mutatedJson(pick(VALID_START, VALID_STATUS)) : new byte[0];
        if (body.length > 0 || random.nextInt(4) == 0) {
            headers.append("Content-Type: ").append(pick(CONTENT_TYPES)).append("\r\n");
        }
        return framed("off-contract " + method, method, target.toString(), headers.toString(), body);
    }

    /** Mutated JSON at the routes that read bodies, API and control plane alike. */
    Request mutatedBody() {
        String[][] routes = {
            {"PUT", API + "/conversation/conversations", VALID_START},
            {"PUT", API + "/conversation/conversations/queues/" + pick("Support", "Sales", "nope") + "/status", VALID_STATUS},
            {"POST", "/__admin/conversations", VALID_ADMIN_CONVERSATION},
            {"POST", "/__admin/conversations/" + conversationId() + "/messages", "{\"author_arn\":\"arn:c:1\",\"body\":\"hi\"}"},
            {"PUT", "/__admin/clock", "{\"now\":\"2026-11-24T05:32:16.123Z\"}"},
            {"POST", "/__admin/clock/advance", "{\"millis\":60000}"},
            {"POST", "/__admin/faults", VALID_FAULT},
            {"POST", "/__admin/queues", "{\"queue_name\":\"Support\"}"},
            {"POST", "/__admin/demo-data", "{\"seed\":42}"},
        };
        String[] route = routes[random.nextInt(routes.length)];
        StringBuilder headers = new StringBuilder();
        credential(headers);
        headers.append("Content-Type: ").append(random.nextInt(4) == 0 ? pick(CONTENT_TYPES) : "application/json")
                .append("\r\n");
        return framed("mutated body " + route[0] + " " + route[1], route[0], route[1], headers.toString(),
                mutatedJson(route[2]));
    }

    /** Broken headers, broken framing and broken request lines, each on a connection of its own. */
    Request brokenFraming() {
        String target = random.nextBoolean() ? apiPath() : pick("/", "*", "http://127.0.0.1/rest/v2/conversation/conversations",
                "//rest//v2//conversation//conversations", API + "/conversation/conversations/%", "/\u00e9\u00e8",
                API + "/" + "x/".repeat(2_000 + random.nextInt(20_000)), "/a b", "/%00", "", "/?" + "q=1&".repeat(5_000));
        String method = pick(METHODS);
        String version = pick(VERSIONS);
        String key = "x-ultracart-simple-key: " + pick(keys) + "\r\n";
        String body = random.nextBoolean() ? VALID_START : "";
        String headers;
        String label;
        switch (random.nextInt(16)) {
            case 0 -> {
                label = "header without colon";
                headers = key + "NoColonHere\r\n";
            }
            case 1 -> {
                label = "space before colon";
                headers = "x-ultracart-simple-key : " + pick(keys) + "\r\n";
            }
            case 2 -> {
                label = "folded header";
                headers = key + "X-Folded: first\r\n  second line\r\n";
            }
            case 3 -> {
                label = "control characters in a header";
                headers = key + "X-Odd: a\u0000b\u0007c\u007f\r\n";
            }
            case 4 -> {
                label = "huge header";
                headers = key + "X-Huge: " + "h".repeat(4_000 + random.nextInt(80_000)) + "\r\n";
            }
            case 5 -> {
                label = "many headers";
                StringBuilder many = new StringBuilder(key);
                for (int i = 0, n = 50 + random.nextInt(500); i < n; i++) {
                    many.append("X-H").append(i).append(": ").append(i).append("\r\n");
                }
                headers = many.toString();
            }
            case 6 -> {
                label = "two different Content-Length";
                headers = key + "Content-Length: " + body.length() + "\r\nContent-Length: " + (body.length() / 2) + "\r\n";
            }
            case 7 -> {
                label = "bad Content-Length";
                headers = key + "Content-Length: " + pick("-1", "abc", "1e3", "99999999999999999999", " 5", "0x10") + "\r\n";
            }
            case 8 -> {
                label = "short Content-Length";
                headers = key + "Content-Length: " + (body.length() / 2) + "\r\n";
            }
            case 9 -> {
                label = "bad chunk size";
                headers = key + "Transfer-Encoding: chunked\r\n";
                body = pick("zz", "-5", "ffffffffffffffffffff", "1;ext=" + "e".repeat(100), "") + "\r\nabc\r\n0\r\n\r\n";
            }
            case 10 -> {
                label = "chunked and Content-Length";
                headers = key + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n";
                body = Integer.toHexString(VALID_START.length()) + "\r\n" + VALID_START + "\r\n0\r\n\r\n";
            }
            case 11 -> {
                label = "unknown Transfer-Encoding";
                headers = key + "Transfer-Encoding: " + pick("gzip", "identity", "bogus", "chunked, chunked") + "\r\n";
            }
            case 12 -> {
                label = "Expect: 100-continue";
                headers = key + "Expect: " + pick("100-continue", "200-ok", "") + "\r\nContent-Length: " + body.length() + "\r\n";
            }
            case 13 -> {
                label = "non-ASCII header bytes";
                headers = "x-ultracart-simple-key: " + pick("cl\u00e9", "\u00ff\u00fe", "ключ") + "\r\nX-Name: \u00e9\r\n";
            }
            case 14 -> {
                label = "bare LF line ends";
                return new Request(label, (method + " " + target + " HTTP/1.1\n" + key.replace("\r\n", "\n") + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1), method.equals("HEAD"), false, true);
            }
            default -> {
                label = "odd request line";
                return new Request(label, (method + pick(" ", "  ", "\t", "") + target + " " + version + "\r\n" + key + "\r\n")
                        .getBytes(StandardCharsets.UTF_8), method.equals("HEAD"), false, true);
            }
        }
        byte[] bytes = (method + " " + target + " " + version + "\r\n" + headers + "\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        return new Request(label + " " + method + " " + version, bytes, method.equals("HEAD"), false, true);
    }

    /** Bytes that are not HTTP/1.1: noise, TLS and HTTP/2 openings, lone line ends. */
    Request notHttp() {
        byte[] bytes;
        String label;
        switch (random.nextInt(5)) {
            case 0 -> {
                label = "random bytes";
                bytes = new byte[1 + random.nextInt(4_000)];
                random.nextBytes(bytes);
            }
            case 1 -> {
                label = "a TLS ClientHello";
                bytes = new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03};
            }
            case 2 -> {
                label = "the HTTP/2 preface";
                bytes = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            }
            case 3 -> {
                label = "line ends only";
                bytes = "\r\n".repeat(1 + random.nextInt(50)).getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> {
                label = "printable noise and a blank line";
                StringBuilder noise = new StringBuilder();
                for (int i = 0, n = 1 + random.nextInt(500); i < n; i++) {
                    noise.append((char) (0x20 + random.nextInt(0x5f)));
                }
                bytes = (noise + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return new Request(label, bytes, false, false, false);
    }

    /** A body over the fake's limit, declared or chunked. */
    Request oversized(long limit) {
        byte[] body = new byte[(int) limit + 1 + random.nextInt(2 * (int) limit)];
        java.util.Arrays.fill(body, (byte) 'x');
        String key = "x-ultracart-simple-key: " + pick(keys) + "\r\nContent-Type: application/json\r\n";
        String line = pick("PUT " + API + "/conversation/conversations", "POST /__admin/conversations",
                "PUT " + API + "/conversation/conversations/queues/Support/status") + " HTTP/1.1\r\n";
        if (random.nextBoolean()) {
            return framed("oversized body", line.split(" ")[0], line.split(" ")[1], key, body);
        }
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.writeBytes((line + key + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (int at = 0; at < body.length; at += 65_536) {
            int size = Math.min(65_536, body.length - at);
            chunked.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunked.write(body, at, size);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return new Request("oversized chunked body", chunked.toByteArray(), false, false, true);
    }

    // ---- pieces

    private String apiPath() {
        String id = conversationId();
        String[] paths = {
            API + "/conversation/agent/keepalive",
            API + "/conversation/agent/auth",
            API + "/conversation/conversations",
            API + "/conversation/conversations/queues/statuses",
            API + "/conversation/conversations/queues/" + pick("Support", "Sales", pick(ODD_VALUES)) + "/status",
            API + "/conversation/conversations/" + id,
            API + "/conversation/conversations/" + id + "/context",
            API + "/conversation/conversations/" + id + "/messages/" + pick(ODD_VALUES),
            API + "/conversation/conversations/" + id + "/join",
            API + "/conversation/conversations/" + id + "/leave",
            API + "/conversation/conversations/" + id + "/markread",
            API + "/conversation/upload_url/" + pick("jpg", "png", "pdf", "exe", "mp4", "", "j.p.g", pick(ODD_VALUES)),
            "/__uploads/" + pick(ODD_VALUES) + "?expires=" + pick(ODD_VALUES) + "&signature=" + pick(ODD_VALUES),
            "/__admin/requests?limit=" + pick(ODD_VALUES),
            "/__admin/" + pick("tenant", "clock", "faults", "nothing", ""),
            "/openapi.json",
            API + "/" + pick(ODD_VALUES),
            "/" + pick(ODD_VALUES),
        };
        return paths[random.nextInt(paths.length)];
    }

    private String conversationId() {
        return random.nextInt(3) > 0 && !conversationIds.isEmpty()
                ? conversationIds.get(random.nextInt(conversationIds.size()))
                : pick(ODD_VALUES);
    }

    private void credential(StringBuilder headers) {
        switch (random.nextInt(8)) {
            case 0 -> { }
            case 1 -> headers.append("x-ultracart-simple-key: ").append(pick("", " ", "\t")).append("\r\n");
            case 2 -> headers.append("Authorization: ").append(pick("Bearer ", "Bearer " + pick(keys), "Basic dXNlcjpwYXNz",
                    "bearer", "Bearer  " + pick(keys) + " ", "Token x")).append("\r\n");
            case 3 -> headers.append("x-ultracart-simple-key: ").append(pick(keys)).append("\r\nAuthorization: Bearer other\r\n");
            default -> headers.append("x-ultracart-simple-key: ").append(pick(keys)).append("\r\n");
        }
    }

    /** A valid document broken one of many ways: syntax, types, depth, size, encoding. */
    private byte[] mutatedJson(String valid) {
        switch (random.nextInt(14)) {
            case 0:
                return valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
            case 1: {
                StringBuilder changed = new StringBuilder(valid);
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    changed.setCharAt(random.nextInt(changed.length()), pick("{", "}", "[", "]", ",", ":", "\"", "\\", "x", "0").charAt(0));
                }
                return changed.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 2:
                return valid.replaceFirst("\"[a-z_]+\":", "\"" + pick("unknown_field", "", "\\u0000", "a".repeat(500)) + "\":")
                        .getBytes(StandardCharsets.UTF_8);
            case 3:
                return valid.replaceAll(":(\"[^\"]*\"|\\[[^\\]]*\\]|[0-9]+|null)", ":" + pick("123", "true", "null", "{}", "[]",
                        "\"\"", "-1e999", "1e999", "12345678901234567890123", "[null]", "[1,2]", "\"\\ud800\"")).getBytes(StandardCharsets.UTF_8);
            case 4: {
                int depth = 100 + random.nextInt(20_000);
                return ("[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : 0)).getBytes(StandardCharsets.UTF_8);
            }
            case 5: {
                int depth = 100 + random.nextInt(5_000);
                return ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 6:
                return valid.replace("hi", "x".repeat(random.nextInt(200_000)))
                        .replace("Ada", "\u00e9\u2603\ud83d\udca9".repeat(1 + random.nextInt(1000))).getBytes(StandardCharsets.UTF_8);
            case 7: {
                byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    utf8[random.nextInt(utf8.length)] = (byte) (int) pick(0x80, 0xc0, 0xff, 0xfe, 0xed, 0x00);
                }
                return utf8;
            }
            case 8:
                return ("\ufeff" + valid).getBytes(StandardCharsets.UTF_8);
            case 9:
                return valid.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            case 10:
                return (valid + pick(valid, " x", ",", "}", "\u0000")).getBytes(StandardCharsets.UTF_8);
            case 11:
                return pick("", " ", "null", "[]", "\"text\"", "0", "{}", "{\"a\":1,\"a\":2}", "undefined", "<xml/>")
                        .getBytes(StandardCharsets.UTF_8);
            case 12: {
                byte[] noise = new byte[random.nextInt(2_000)];
                random.nextBytes(noise);
                return noise;
            }
            default:
                return valid.getBytes(StandardCharsets.UTF_8);
        }
    }

    private Request framed(String label, String method, String target, String headers, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(200 + body.length);
        bytes.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(body);
        // A HEAD answer has no body to frame it, and a target Jetty cannot parse may leave bytes behind:
        // both go on a connection of their own.
        boolean head = method.equals("HEAD");
        return new Request(label, bytes.toByteArray(), head, !head && cleanTarget(target), true);
    }

    /** Whether the target has only characters a URI may carry unescaped. */
    private static boolean cleanTarget(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
