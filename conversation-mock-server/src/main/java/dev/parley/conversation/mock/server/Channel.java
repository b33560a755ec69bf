package dev.parley.conversation.mock.server;

import dev.parley.conversation.domain.ConversationEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * One merchant's realtime channel in the server: its open sockets, the frames they sent, and the
 * faults the control plane scripted for it (upgrades to refuse).
 */
final class Channel {
    /** How many recent events keep their written frame (a power of two). */
    private static final int WRITTEN_EVENTS = 16;

    private final AtomicReferenceArray<Written> written = new AtomicReferenceArray<>(WRITTEN_EVENTS);
    private final FrameJournal frames;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger upgradesToRefuse = new AtomicInteger();

    Channel(int journalSize) {
        this.frames = new FrameJournal(journalSize);
    }

    FrameJournal frames() {
        return frames;
    }

    void add(Socket socket) {
        sockets.add(socket);
    }

    void remove(Socket socket) {
        sockets.remove(socket);
    }

    List<Socket> sockets() {
        return List.copyOf(sockets);
    }

    /** Makes the next {@code count} upgrades fail (0 stops refusing). */
    void refuseUpgrades(int count) {
        upgradesToRefuse.set(count);
    }

    /** Whether this upgrade is to be refused, counting it. */
    boolean refuseUpgrade() {
        return upgradesToRefuse.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    /**
     * The frame of {@code event}, written once for all the channel's sockets: the engine hands every
     * session of a merchant the same event instance, so a fan-out to N sockets serializes it once, not N
     * times. Keyed by identity; a slot taken by a newer event only costs a second write.
     */
    String frameOf(ConversationEvent event, Function<ConversationEvent, String> write) {
        int slot = System.identityHashCode(event) & (WRITTEN_EVENTS - 1);
        Written cached = written.get(slot);
        if (cached != null && cached.event() == event) {
            return cached.text();
        }
        String text = write.apply(event);
        written.set(slot, new Written(event, text));
        return text;
    }

    /** An event and its frame. */
    private record Written(ConversationEvent event, String text) {
    }

    /** Forgets the frames and the refusals still to come; sockets stay open. */
    void clear() {
        frames.clear();
        upgradesToRefuse.set(0);
    }
}
