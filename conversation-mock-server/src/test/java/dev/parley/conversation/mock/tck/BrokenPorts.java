package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.Medium;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Deliberately broken ports: each wraps a correct port and breaks one rule of the contract the way a
 * real implementation plausibly would. The kit must catch every one ({@link KitBitesTest}).
 */
final class BrokenPorts {
    private BrokenPorts() {
    }

    // ---- listing

    /** Lists oldest first. */
    static ConversationPort oldestFirst(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                Page<ConversationSummary> page = delegate.listConversations(query);
                List<ConversationSummary> reversed = new ArrayList<>(page.items());
                Collections.reverse(reversed);
                return new Page<>(reversed, page.offset(), page.limit(), page.totalRecords(), page.nextOffset());
            }
        };
    }

    /** next_offset one too far: every page boundary skips a conversation. */
    static ConversationPort nextOffsetSkips(ConversationPort port) {
        return withNextOffset(port, next -> next + 1);
    }

    /** next_offset one short: every page boundary repeats a conversation. */
    static ConversationPort nextOffsetRepeats(ConversationPort port) {
        return withNextOffset(port, next -> next - 1);
    }

    private static ConversationPort withNextOffset(ConversationPort port, UnaryOperator<Integer> shift) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                Page<ConversationSummary> page = delegate.listConversations(query);
                Integer next = page.nextOffset() == null ? null : Math.max(page.offset() + 1, shift.apply(page.nextOffset()));
                return new Page<>(page.items(), page.offset(), page.limit(), page.totalRecords(), next);
            }
        };
    }

    /** Ignores _offset: every page is the first one. */
    static ConversationPort offsetIgnored(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                Page<ConversationSummary> first = delegate.listConversations(query.withOffset(0));
                int end = query.offset() + first.items().size();
                Integer next = first.totalRecords() != null && end < first.totalRecords() && !first.items().isEmpty()
                        ? end : null;
                return new Page<>(first.items(), query.offset(), query.limit(), first.totalRecords(), next);
            }
        };
    }

    /** total_records counts the page instead of the whole listing. */
    static ConversationPort totalCountsPage(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                Page<ConversationSummary> page = delegate.listConversations(query);
                return new Page<>(page.items(), page.offset(), page.limit(), page.items().size(), page.nextOffset());
            }
        };
    }

    /** 'before' compared with at-or-before instead of strictly before. */
    static ConversationPort beforeInclusive(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                return delegate.listConversations(
                        query.before() == null ? query : query.withBefore(query.before().plusMillis(1)));
            }
        };
    }

    /** The medium filter dropped. */
    static ConversationPort mediumIgnored(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                return delegate.listConversations(query.withMedium(null));
            }
        };
    }

    /** A stream that follows next_offset lazily but forgets what it gave: shifted conversations come twice. */
    static ConversationPort streamRepeats(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Stream<ConversationSummary> streamConversations(ConversationListQuery query) {
                return Stream.iterate(delegate.listConversations(query), Objects::nonNull,
                        page -> page.hasMore() ? delegate.listConversations(query.withOffset(page.nextOffset())) : null)
                        .flatMap(page -> page.items().stream());
            }
        };
    }

    /** Summaries never say unread. */
    static ConversationPort neverUnread(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation read = delegate.getConversation(query);
                return new Conversation(summary(read.summary(), read.medium(), false, read.summary().messageCount(),
                        read.participants()), read.baseLanguageIsoCode(), read.messages());
            }

            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                Page<ConversationSummary> page = delegate.listConversations(query);
                return new Page<>(page.items().stream()
                        .map(s -> summary(s, s.medium(), false, s.messageCount(), s.participants()))
                        .collect(Collectors.toList()), page.offset(), page.limit(), page.totalRecords(), page.nextOffset());
            }
        };
    }

    // ---- one conversation

    /** getConversation ignores the message limit. */
    static ConversationPort messageLimitIgnored(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                return delegate.getConversation(ConversationQuery.of(query.id()));
            }
        };
    }

    /** message_count counts the messages returned, not all of them. */
    static ConversationPort messageCountOfReturned(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation read = delegate.getConversation(query);
                return new Conversation(summary(read.summary(), read.medium(), read.summary().unreadMessages(),
                        read.messages().size(), read.participants()), read.baseLanguageIsoCode(), read.messages());
            }
        };
    }

    /** Messages newest first. */
    static ConversationPort messagesNewestFirst(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation read = delegate.getConversation(query);
                List<Message> reversed = new ArrayList<>(read.messages());
                Collections.reverse(reversed);
                return new Conversation(read.summary(), read.baseLanguageIsoCode(), reversed);
            }
        };
    }

    /** An unknown uuid reads as an empty conversation instead of 404. */
    static ConversationPort unknownIdFound(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                try {
                    return delegate.getConversation(query);
                } catch (NotFoundException e) {
                    return new Conversation(new ConversationSummary(query.id(), null, null, Medium.SMS, false, true,
                            false, null, null, null, null, null, null, 0, List.of()), null, List.of());
                }
            }
        };
    }

    /** A recorded webchat context is never read back. */
    static ConversationPort contextForgotten(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public WebchatContext getWebchatContext(ConversationId id) {
                delegate.getWebchatContext(id);
                return WebchatContext.EMPTY;
            }
        };
    }

    // ---- messages since

    /** 'since' compared with at-or-after instead of strictly after. */
    static ConversationPort sinceInclusive(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public List<Message> getMessages(MessagesQuery query) {
                Instant since = query.since().equals(Instant.EPOCH) ? query.since() : query.since().minusMillis(1);
                return delegate.getMessages(new MessagesQuery(query.id(), since, query.limit()));
            }
        };
    }

    /** The message limit keeps the newest instead of the first after 'since'. */
    static ConversationPort messagesLimitKeepsNewest(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public List<Message> getMessages(MessagesQuery query) {
                List<Message> all = delegate.getMessages(new MessagesQuery(query.id(), query.since(), null));
                int limit = query.limit() == null ? all.size() : Math.min(query.limit(), all.size());
                return all.subList(all.size() - limit, all.size());
            }
        };
    }

    // ---- participation

    /** Joining twice gives the agent a second participant entry. */
    static ConversationPort joinNotIdempotent(ConversationPort port) {
        Map<ConversationId, Integer> joins = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public void joinConversation(ConversationId id) {
                delegate.joinConversation(id);
                joins.merge(id, 1, Integer::sum);
            }

            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation read = delegate.getConversation(query);
                if (joins.getOrDefault(query.id(), 0) < 2) {
                    return read;
                }
                List<Participant> doubled = new ArrayList<>(read.participants());
                read.participants().stream().filter(p -> p.arn().equals(authorizeAgent().agentArn())).findFirst()
                        .ifPresent(doubled::add);
                return withParticipants(read, doubled);
            }
        };
    }

    /** Leaving removes the agent's entry instead of setting left_dts. */
    static ConversationPort leaveRemovesEntry(ConversationPort port) {
        Set<ConversationId> left = ConcurrentHashMap.newKeySet();
        return new ForwardingPort(port) {
            @Override
            public void leaveConversation(ConversationId id) {
                delegate.leaveConversation(id);
                left.add(id);
            }

            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation read = delegate.getConversation(query);
                if (!left.contains(query.id())) {
                    return read;
                }
                return withoutAgent(read, authorizeAgent().agentArn());
            }
        };
    }

    /** markread does nothing. */
    static ConversationPort markReadIgnored(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void markRead(ConversationId id) {
                delegate.getConversation(id);
            }
        };
    }

    // ---- start

    /** The agent missing from the conversation it started. */
    static ConversationPort startWithoutAgent(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation startConversation(StartConversationRequest request) {
                Conversation started = delegate.startConversation(request);
                return withoutAgent(started, authorizeAgent().agentArn());
            }
        };
    }

    /** Webchats started in a queue report medium sms. */
    static ConversationPort startAlwaysSms(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation startConversation(StartConversationRequest request) {
                Conversation started = delegate.startConversation(request);
                ConversationSummary s = started.summary();
                return new Conversation(summary(s, Medium.SMS, s.unreadMessages(), s.messageCount(), s.participants()),
                        started.baseLanguageIsoCode(), started.messages());
            }
        };
    }

    // ---- queues

    /** customer_waiting_count one more than the entries listed. */
    static ConversationPort queueCountsDisagree(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public List<QueueStatus> getQueueStatuses() {
                return delegate.getQueueStatuses().stream().map(q -> new QueueStatus(q.name(), q.agentCount(),
                        q.agentAvailableCount(), q.agentBusyCount(), q.agentUnavailableCount(), q.agents(),
                        q.customerAbandonCount(), q.customerActiveCount(), q.customerAverageAbandonTimeSeconds(),
                        q.customerAverageChatTimeSeconds(), q.customerAverageHoldTimeSeconds(), q.customerChatCount(),
                        q.entries().size() + 1, q.customerWaitingSince(), q.entries())).collect(Collectors.toList());
            }
        };
    }

    /** The agent's status update is dropped. */
    static ConversationPort statusUpdateIgnored(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void updateQueueStatus(QueueName queue, AgentStatus status) {
                if (status == null || status == AgentStatus.UNKNOWN) {
                    throw new IllegalArgumentException("agent status must be known but was " + status);
                }
            }
        };
    }

    /** An update in an unknown queue is silently accepted. */
    static ConversationPort unknownQueueAccepted(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void updateQueueStatus(QueueName queue, AgentStatus status) {
                try {
                    delegate.updateQueueStatus(queue, status);
                } catch (NotFoundException e) {
                    // the defect: an unknown queue name answers success
                }
            }
        };
    }

    // ---- uploads and the agent

    /** Every upload gets the first key handed out. */
    static ConversationPort uploadKeyReused(ConversationPort port) {
        List<UploadUrl> first = new CopyOnWriteArrayList<>();
        return new ForwardingPort(port) {
            @Override
            public UploadUrl createUploadUrl(String extension) {
                UploadUrl fresh = delegate.createUploadUrl(extension);
                if (first.isEmpty()) {
                    first.add(fresh);
                }
                return new UploadUrl(first.get(0).key(), fresh.url());
            }
        };
    }

    /** Any extension gets an upload URL. */
    static ConversationPort anyExtensionAccepted(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public UploadUrl createUploadUrl(String extension) {
                try {
                    return delegate.createUploadUrl(extension);
                } catch (InvalidRequestException | IllegalArgumentException e) {
                    return delegate.createUploadUrl("png");
                }
            }
        };
    }

    /** The JWT already expired when handed out. */
    static ConversationPort jwtExpired(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public AgentAuthorization authorizeAgent() {
                AgentAuthorization real = delegate.authorizeAgent();
                long expired = Instant.now().minusSeconds(3600).getEpochSecond();
                String jwt = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                        + base64Url("{\"sub\":\"" + real.agentArn() + "\",\"merchant_id\":\"" + real.merchantId()
                        + "\",\"exp\":" + expired + "}") + "." + base64Url("signature");
                return new AgentAuthorization(real.agentArn(), real.agentName(), real.merchantId(), jwt,
                        real.websocketUrl(), real.twilioAccounts());
            }
        };
    }

    // ---- tenancy

    /**
     * Ports that fall back on each other's tenants for conversations they do not have, the way a
     * store keyed by conversation id alone would. One instance per test: it remembers the ports it made.
     */
    static UnaryOperator<ConversationPort> crossTenantLeak() {
        List<ConversationPort> tenants = new CopyOnWriteArrayList<>();
        return port -> {
            tenants.add(port);
            return new ForwardingPort(port) {
                @Override
                public Conversation getConversation(ConversationQuery query) {
                    return MoreBrokenPorts.fromAnyTenant(tenants, tenant -> tenant.getConversation(query));
                }
            };
        };
    }

    // ---- rebuilding records

    private static Conversation withParticipants(Conversation conversation, List<Participant> participants) {
        ConversationSummary s = conversation.summary();
        return new Conversation(summary(s, s.medium(), s.unreadMessages(), s.messageCount(), participants),
                conversation.baseLanguageIsoCode(), conversation.messages());
    }

    private static Conversation withoutAgent(Conversation conversation, ParticipantArn agent) {
        return withParticipants(conversation, conversation.participants().stream()
                .filter(p -> !p.arn().equals(agent)).collect(Collectors.toList()));
    }

    private static ConversationSummary summary(ConversationSummary s, Medium medium, boolean unread, int messageCount,
                                               List<Participant> participants) {
        return new ConversationSummary(s.id(), s.arn(), s.merchantId(), medium, s.closed(), s.visible(), unread,
                s.startedAt(), s.lastMessageAt(), s.lastInteractiveMessageAt(), s.lastMessageBody(),
                s.lastParticipantArn(), s.lastParticipantName(), messageCount, participants);
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
