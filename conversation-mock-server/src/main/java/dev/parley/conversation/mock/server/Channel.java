package dev.parley.conversation.mock.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One merchant's realtime channel in the server: its open sockets, the frames they sent, and the
 * faults the control plane scripted for it (upgrades to refuse).
 */
final class Channel {
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

    /** Forgets the frames and the refusals still to come; sockets stay open. */
    void clear() {
        frames.clear();
        upgradesToRefuse.set(0);
    }
}
