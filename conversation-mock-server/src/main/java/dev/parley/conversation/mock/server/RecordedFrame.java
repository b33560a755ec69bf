package dev.parley.conversation.mock.server;

import dev.parley.conversation.wire.RealtimeFrame;
import java.time.Instant;
import java.util.Objects;

/**
 * One text frame the fake received on a tenant's realtime channel, as its frame journal keeps it
 * ({@link FakeTenant#frames()}, {@link FakeTenant#awaitFrame}, {@code GET /__admin/frames}). Frames carry
 * no credential (the socket's JWT is never recorded).
 *
 * @param socket     the socket it came on (an id the fake gives each socket, unique in the server)
 * @param text       the frame as received (at most 16 KiB kept, then cut with a note)
 * @param frame      the frame as the fake read it; null when it was not a valid frame (the socket was
 *                   then closed with code 1007)
 * @param receivedAt when it arrived, on the server's clock
 */
public record RecordedFrame(String socket, String text, RealtimeFrame frame, Instant receivedAt) {

    /**
     * Creates the entry.
     *
     * @param socket     the socket it came on
     * @param text       the frame as received
     * @param frame      the frame as read; null when unreadable
     * @param receivedAt when it arrived
     * @throws NullPointerException when socket, text or receivedAt is null
     */
    public RecordedFrame {
        Objects.requireNonNull(socket, "socket must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(receivedAt, "received at must not be null");
    }
}
