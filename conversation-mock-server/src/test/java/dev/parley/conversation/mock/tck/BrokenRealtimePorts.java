package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.AgentSession;
import dev.parley.conversation.domain.ConversationEvent;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessageRefusedException;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.OutgoingMessage;
import dev.parley.conversation.domain.RealtimeListener;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.domain.TransportException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Deliberately broken realtime ports: each wraps a correct one and breaks one rule of the realtime
 * channel the way a real implementation plausibly would (a frame type not mapped, frames reordered, a
 * refusal read as a transport failure, a session that keeps listening after close...). The kit must
 * catch every one ({@link EveryRuleBitesTest}).
 */
final class BrokenRealtimePorts {
    private BrokenRealtimePorts() {
    }

    /** Events of one kind never reach the listener (a frame type the implementation does not map). */
    static UnaryOperator<RealtimePort> drops(Class<? extends ConversationEvent> kind) {
        return port -> new ForwardingRealtime(port) {
            @Override
            void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
                if (!kind.isInstance(event)) {
                    listener.onEvent(event);
                }
            }
        };
    }

    /** Each event of one kind is held back and delivered after the next event (a reordering buffer). */
    static UnaryOperator<RealtimePort> delays(Class<? extends ConversationEvent> kind) {
        return port -> new ForwardingRealtime(port) {
            private final java.util.Map<Session, ConversationEvent> held = new ConcurrentHashMap<>();

            @Override
            void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
                ConversationEvent waiting = held.remove(session);
                if (kind.isInstance(event) && waiting == null) {
                    held.put(session, event);
                    return;
                }
                listener.onEvent(event);
                if (waiting != null) {
                    listener.onEvent(waiting);
                }
            }
        };
    }

    /** Events of one kind come in swapped pairs: the second of each pair first (a reordering buffer). */
    static UnaryOperator<RealtimePort> swapsPairsOf(Class<? extends ConversationEvent> kind) {
        return port -> new ForwardingRealtime(port) {
            private final java.util.Map<Session, ConversationEvent> held = new ConcurrentHashMap<>();

            @Override
            void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
                if (!kind.isInstance(event)) {
                    listener.onEvent(event);
                    return;
                }
                ConversationEvent first = held.remove(session);
                if (first == null) {
                    held.put(session, event);
                    return;
                }
                listener.onEvent(event);
                listener.onEvent(first);
            }
        };
    }

    /** Read events name no message. */
    static UnaryOperator<RealtimePort> readNamesNoMessage() {
        return port -> new ForwardingRealtime(port) {
            @Override
            void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
                listener.onEvent(event instanceof ConversationEvent.MessagesRead read
                        ? new ConversationEvent.MessagesRead(read.conversation(), null, null) : event);
            }
        };
    }

    /** Typing events name no author. */
    static UnaryOperator<RealtimePort> typingWithoutAuthor() {
        return port -> new ForwardingRealtime(port) {
            @Override
            void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
                listener.onEvent(event instanceof ConversationEvent.Typing typing
                        ? new ConversationEvent.Typing(typing.conversation(), null, null, typing.value()) : event);
            }
        };
    }

    /** The stored message handed back to the sender loses its client message id. */
    static UnaryOperator<RealtimePort> sentMessageWithoutClientId() {
        return port -> new ForwardingRealtime(port) {
            @Override
            CompletableFuture<Message> send(Session session, OutgoingMessage message) {
                return super.send(session, message).thenApply(m -> new Message(m.id(), m.merchantId(), m.author(),
                        m.authorName(), m.body(), null, m.sentAt(), m.delayUntil(), m.type(), m.mediaUrls(),
                        m.uploadKeys(), m.transportStatuses()));
            }
        };
    }

    /** A session sees the messages it sent, but not those another session of the agent sent. */
    static UnaryOperator<RealtimePort> echoOnlyToSender() {
        return port -> new ForwardingRealtime(port) {
            private final Set<String> sentByAnySession = ConcurrentHashMap.newKeySet();
            private final java.util.Map<Session, Set<String>> sentBy = new ConcurrentHashMap<>();

            @Override
            CompletableFuture<Message> send(Session session, OutgoingMessage message) {
                sentByAnySession.add(message.clientMessageId());
                sentBy.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet()).add(message.clientMessageId());
                return super.send(session, message);
            }

            @Override
            void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
                if (event instanceof ConversationEvent.NewMessage m && sentByAnySession.contains(m.message().clientMessageId())
                        && !sentBy.getOrDefault(session, Set.of()).contains(m.message().clientMessageId())) {
                    return;
                }
                listener.onEvent(event);
            }
        };
    }

    /** Typing is never sent. */
    static UnaryOperator<RealtimePort> typingNotSent() {
        return port -> new ForwardingRealtime(port) {
            @Override
            void typing(Session session, ConversationId conversation, String value) {
                // the defect: typing goes nowhere
            }
        };
    }

    /** Every refusal reads as a transport failure (the answer tied to the message not understood). */
    static UnaryOperator<RealtimePort> refusalsAsTransportFailures() {
        return port -> new ForwardingRealtime(port) {
            @Override
            CompletableFuture<Message> send(Session session, OutgoingMessage message) {
                return super.send(session, message).exceptionallyCompose(failure -> {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
                    if (cause instanceof MessageRefusedException || cause instanceof NotFoundException) {
                        return CompletableFuture.failedFuture(new TransportException("no answer could be read", cause));
                    }
                    return CompletableFuture.failedFuture(cause);
                });
            }
        };
    }

    /**
     * Ports that deliver every event of every tenant to every listener, the way one broadcast channel
     * without a merchant filter would. One instance per test: it remembers the listeners of its ports.
     */
    static UnaryOperator<RealtimePort> broadcastToEveryTenant() {
        List<RealtimeListener> everyone = new CopyOnWriteArrayList<>();
        return port -> new ForwardingRealtime(port) {
            @Override
            public AgentSession connect(RealtimeListener listener) {
                everyone.add(listener);
                return super.connect(new RealtimeListener() {
                    @Override
                    public void onEvent(ConversationEvent event) {
                        everyone.forEach(l -> l.onEvent(event));
                    }

                    @Override
                    public void onConnectionChanged(ConnectionState state, Throwable cause) {
                        listener.onConnectionChanged(state, cause);
                    }
                });
            }
        };
    }

    /** close() does nothing: the session stays open and keeps delivering events. */
    static UnaryOperator<RealtimePort> closeIgnored() {
        return port -> new ForwardingRealtime(port) {
            @Override
            void close(Session session) {
                // the defect: the socket is never closed
            }
        };
    }

    /** A listener that throws ends its session. */
    static UnaryOperator<RealtimePort> listenerFailureEndsSession() {
        return port -> new ForwardingRealtime(port) {
            @Override
            void deliver(Session session, RealtimeListener listener, ConversationEvent event) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    session.delegate.close();
                }
            }
        };
    }
}
