package dev.parley.conversation.benchmarks.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fresh JVM to first 200: starts a server command in a new process, again and again, and times each
 * start until a request answers 200 (polled every millisecond over loopback).
 * {@code java -cp ... FreshJvmStartup LABEL RUNS PATH KEY -- java -jar server.jar --port {PORT} ...};
 * {@code {PORT}} is replaced by a free port. Prints one line per run and the median.
 */
public final class FreshJvmStartup {
    private FreshJvmStartup() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        int runs = Integer.parseInt(args[1]);
        String path = args[2];
        String key = args[3];
        List<String> command = Arrays.asList(args).subList(Arrays.asList(args).indexOf("--") + 1, args.length);
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            int port = freePort();
            List<String> resolved = new ArrayList<>();
            command.forEach(part -> resolved.add(part.replace("{PORT}", Integer.toString(port))));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(resolved).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                waitFor200(port, path, key, process);
                millis[run] = (System.nanoTime() - start) / 1e6;
            } finally {
                process.destroy();
                process.waitFor();
            }
            System.out.printf(Locale.ROOT, "startup %s run %d: %.0f ms%n", label, run + 1, millis[run]);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "startup %s: median %.0f ms, min %.0f ms, max %.0f ms over %d runs%n",
                label, sorted[runs / 2], sorted[0], sorted[runs - 1], runs);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitFor200(int port, String path, String key, Process process) throws Exception {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-ultracart-simple-key: " + key
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + " before answering");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 100);
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] status = in.readNBytes(12);
                if (new String(status, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200")) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(1);
            }
        }
        throw new IllegalStateException("no 200 within 60 s");
    }
}
