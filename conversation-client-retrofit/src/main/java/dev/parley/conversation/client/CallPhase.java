package dev.parley.conversation.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Protocol;

/**
 * Where one attempt is, from OkHttp's events: connecting, sending the request or reading the answer,
 * and in which of those it failed (OkHttp reports a failure as a connect, request or response
 * failure). It rides on the attempt's request as a tag, so a timeout can be named after the one
 * that fired.
 */
final class CallPhase extends EventListener {

    /** The stage of an exchange, each with the timeout that bounds it. */
    enum Stage {
        CONNECTING("connect"),
        SENDING("write"),
        READING("read");

        final String timeout;

        Stage(String timeout) {
            this.timeout = timeout;
        }
    }

    private volatile Stage stage = Stage.CONNECTING;
    private volatile Stage failedIn;

    /** The stage the attempt failed in, or else the one it reached. */
    Stage stage() {
        Stage failed = failedIn;
        return failed != null ? failed : stage;
    }

    /** The answer is being read by the client itself (the body, after OkHttp returned the response). */
    void reading() {
        stage = Stage.READING;
    }

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        stage = Stage.CONNECTING;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        stage = Stage.SENDING;
    }

    @Override
    public void requestHeadersStart(Call call) {
        stage = Stage.SENDING;
    }

    @Override
    public void responseHeadersStart(Call call) {
        stage = Stage.READING;
    }

    @Override
    public void connectFailed(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol, IOException e) {
        failed(Stage.CONNECTING);
    }

    @Override
    public void requestFailed(Call call, IOException e) {
        failed(Stage.SENDING);
    }

    @Override
    public void responseFailed(Call call, IOException e) {
        failed(Stage.READING);
    }

    /**
     * Keeps the first failure: when sending fails, OkHttp still tries to read an early answer, and
     * that read fails too, but the request's failure is the one it reports.
     */
    private void failed(Stage where) {
        if (failedIn == null) {
            failedIn = where;
        }
    }
}
