package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.ConversationEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A tenant's live sessions, and the one way events reach them. */
final class Sessions {
    private final Set<EngineSession> open = ConcurrentHashMap.newKeySet();

    void add(EngineSession session) {
        open.add(session);
    }

    void remove(EngineSession session) {
        open.remove(session);
    }

    /** The open sessions now. */
    List<EngineSession> snapshot() {
        return List.copyOf(open);
    }

    /**
     * Offers the event to every open session but {@code except} (may be null). The tenant calls this
     * under its write lock, which orders events like the changes; {@code event} is only made when
     * someone listens.
     */
    void publish(Supplier<? extends ConversationEvent> event, EngineSession except) {
        if (open.isEmpty()) {
            return;
        }
        ConversationEvent made = event.get();
        for (EngineSession session : open) {
            if (session != except) {
                session.offer(made);
            }
        }
    }
}
