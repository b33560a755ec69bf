package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimePort;
import java.util.concurrent.CompletableFuture;

/**
 * A realtime port that hands everything to another, with three hooks the deliberately broken realtime
 * ports override: what reaches the application's listener, what a session does, and how a session is
 * made. The listener hook sees the session it serves.
 */
class ForwardingRealtime implements RealtimePort {
    final RealtimePort delegate;

    ForwardingRealtime(RealtimePort delegate) {
        this.delegate = delegate;
    }

    @Override
    public AgentSession connect(RealtimeListener listener) {
        Session session = new Session();
        session.delegate = delegate.connect(new RealtimeListener() {
            @Override
            public void onEvent(ConversationEvent event) {
                deliver(session, listener, event);
            }

            @Override
            public void onConnectionChanged(ConnectionState state, Throwable cause) {
                listener.onConnectionChanged(state, cause);
            }
        });
        return session;
    }

    /** Delivers one event of {@code session} to the application's listener; unchanged by default. */
    void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
        listener.onEvent(event);
    }

    /** Sends as {@code session}; unchanged by default. */
    CompletableFuture<Message> send(Session session, OutgoingMessage message) {
        return session.delegate.sendMessage(message);
    }

    /** Sends typing as {@code session}; unchanged by default. */
    void typing(Session session, ConversationId conversation, String value) {
        session.delegate.sendTyping(conversation, value);
    }

    /** Closes {@code session}; unchanged by default. */
    void close(Session session) {
        session.delegate.close();
    }

    /** One session of this port, forwarding to the delegate's session through the hooks. */
    final class Session implements AgentSession {
        volatile AgentSession delegate;

        @Override
        public CompletableFuture<Message> sendMessage(OutgoingMessage message) {
            return send(this, message);
        }

        @Override
        public void sendTyping(ConversationId conversation, String value) {
            typing(this, conversation, value);
        }

        @Override
        public boolean isOpen() {
            return delegate.isOpen();
        }

        @Override
        public void close() {
            ForwardingRealtime.this.close(this);
        }
    }
}
