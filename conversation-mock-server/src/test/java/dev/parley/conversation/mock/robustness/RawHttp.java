package dev.parley.conversation.mock.robustness;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, byte for byte: what a hostile or broken client can send, which no
 * well-behaved client library lets through. Keeps one connection alive for cleanly framed requests and
 * uses a fresh one for the others (whose leftover bytes would otherwise be read as the next request).
 */
final class RawHttp implements AutoCloseable {

    /** One answer: status, headers (lower-case names), body; {@code status} 0 when the server closed without one. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int TIMEOUT_MILLIS = 15_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    /** Connections opened, to show how much of the run reused them. */
    int connections;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Sends {@code request} and reads one final answer.
     *
     * @param head      whether it is a HEAD request (its answer has no body)
     * @param keepAlive whether the request is cleanly framed, so the connection may carry the next one
     */
    Answer exchange(byte[] request, boolean head, boolean keepAlive) throws IOException {
        boolean reused = keepAlive && socket != null;
        if (!reused) {
            reconnect();
        }
        Answer answer = send(request, head, keepAlive);
        if (reused && answer.status() == 0) {
            // The server closed an idle kept-alive connection between two requests: one retry on a new one.
            reconnect();
            answer = send(request, head, keepAlive);
        }
        if (!keepAlive || answer.status() == 0 || "close".equalsIgnoreCase(answer.header("connection"))) {
            close();
        }
        return answer;
    }

    private Answer send(byte[] request, boolean head, boolean keepAlive) throws IOException {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (!keepAlive) {
                // Nothing more will come: a server waiting for more bytes sees the end instead of a stall.
                socket.shutdownOutput();
            }
        } catch (SocketException e) {
            // The server may answer and close before reading everything (a body over its limit): read what it said.
        }
        try {
            return read(head);
        } catch (SocketException e) {
            return new Answer(0, Map.of(), new byte[0]);
        }
    }

    private void reconnect() throws IOException {
        close();
        socket = new Socket();
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream());
        connections++;
    }

    private Answer read(boolean head) throws IOException {
        while (true) {
            String statusLine = line();
            if (statusLine == null) {
                return new Answer(0, Map.of(), new byte[0]);
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP status line: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new TreeMap<>();
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            return new Answer(status, headers, head || status == 204 || status == 304 ? new byte[0] : body(headers));
        }
    }

    private byte[] body(Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            String trailer;
            do {
                trailer = line();
            } while (trailer != null && !trailer.isEmpty());
            return body.toByteArray();
        }
        String length = headers.get("content-length");
        if (length != null) {
            int size = Integer.parseInt(length);
            byte[] body = in.readNBytes(size);
            if (body.length != size) {
                throw new IOException("the body ended after " + body.length + " of " + size + " bytes");
            }
            return body;
        }
        return in.readAllBytes();
    }

    /** One CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
