package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.AgentAuthorization;
import dev.parley.conversation.domain.AgentStatus;
import dev.parley.conversation.domain.Conversation;
import dev.parley.conversation.domain.ConversationId;
import dev.parley.conversation.domain.ConversationListQuery;
import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.ConversationQuery;
import dev.parley.conversation.domain.ConversationSummary;
import dev.parley.conversation.domain.MerchantId;
import dev.parley.conversation.domain.Message;
import dev.parley.conversation.domain.MessagesQuery;
import dev.parley.conversation.domain.NotFoundException;
import dev.parley.conversation.domain.Page;
import dev.parley.conversation.domain.Participant;
import dev.parley.conversation.domain.ParticipantArn;
import dev.parley.conversation.domain.QueueEntry;
import dev.parley.conversation.domain.QueueName;
import dev.parley.conversation.domain.QueueStatus;
import dev.parley.conversation.domain.ServerErrorException;
import dev.parley.conversation.domain.StartConversationRequest;
import dev.parley.conversation.domain.UploadUrl;
import dev.parley.conversation.domain.WebchatContext;
import dev.parley.conversation.tck.Backstage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rest of the deliberately broken implementations ({@link BrokenPorts} has the first ones): each
 * wraps the correct engine and breaks one rule of the contract the way a real implementation
 * plausibly would, so that every required rule of the kit is shown to catch something
 * ({@link EveryRuleBitesTest}).
 */
final class MoreBrokenPorts {
    private MoreBrokenPorts() {
    }

    // ---- operations 1 and 2: keepalive and the agent's authorization ------------------------------

    /** Keepalive not implemented: it throws. */
    static ConversationPort keepAliveFails(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void keepAlive() {
                throw new ServerErrorException("keepalive is not implemented", 500, null, null);
            }
        };
    }

    /** Keepalive re-creates the agent's session, and with it a new agent identity every time it is asked. */
    static ConversationPort keepAliveChangesAgent(ConversationPort port) {
        AtomicBoolean refreshed = new AtomicBoolean();
        return new ForwardingPort(port) {
            @Override
            public void keepAlive() {
                delegate.keepAlive();
                refreshed.set(true);
            }

            @Override
            public AgentAuthorization authorizeAgent() {
                AgentAuthorization auth = delegate.authorizeAgent();
                return refreshed.get() ? withAgent(auth, ParticipantArn.of("arn:agent:" + UUID.randomUUID())) : auth;
            }
        };
    }

    /** The authorization leaves out the merchant. */
    static ConversationPort authorizationWithoutMerchant(ConversationPort port) {
        return authorization(port, a -> new AgentAuthorization(a.agentArn(), a.agentName(), null, a.jwt(),
                a.websocketUrl(), a.twilioAccounts()));
    }

    /** The JWT without its signature part. */
    static ConversationPort jwtWithoutSignature(ConversationPort port) {
        return authorization(port, a -> new AgentAuthorization(a.agentArn(), a.agentName(), a.merchantId(),
                a.jwt().substring(0, a.jwt().lastIndexOf('.')), a.websocketUrl(), a.twilioAccounts()));
    }

    /** A JWT whose claims name neither the merchant nor the agent. */
    static ConversationPort jwtNamesNobody(ConversationPort port) {
        return authorization(port, a -> {
            String[] parts = a.jwt().split("\\.");
            String payload = "{\"sub\":\"someone\",\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}";
            return new AgentAuthorization(a.agentArn(), a.agentName(), a.merchantId(),
                    parts[0] + "." + base64Url(payload) + "." + parts[2], a.websocketUrl(), a.twilioAccounts());
        });
    }

    /** The websocket URL handed out with the REST scheme. */
    static ConversationPort websocketUrlIsHttp(ConversationPort port) {
        return authorization(port, a -> new AgentAuthorization(a.agentArn(), a.agentName(), a.merchantId(), a.jwt(),
                URI.create("http://" + a.websocketUrl().getAuthority() + a.websocketUrl().getPath()),
                a.twilioAccounts()));
    }

    /** Every authorization names a new agent. */
    static ConversationPort newAgentEveryTime(ConversationPort port) {
        return authorization(port, a -> withAgent(a, ParticipantArn.of("arn:agent:" + UUID.randomUUID())));
    }

    /** Conversations carry a merchant id of their own instead of the agent's. */
    static ConversationPort conversationsOfAnotherMerchant(ConversationPort port) {
        MerchantId other = MerchantId.of("OTHER");
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation c = delegate.getConversation(query);
                return new Conversation(rebuild(c.summary(), s -> new ConversationSummary(s.id(), s.arn(), other,
                        s.medium(), s.closed(), s.visible(), s.unreadMessages(), s.startedAt(), s.lastMessageAt(),
                        s.lastInteractiveMessageAt(), s.lastMessageBody(), s.lastParticipantArn(),
                        s.lastParticipantName(), s.messageCount(), s.participants())), c.baseLanguageIsoCode(),
                        c.messages());
            }
        };
    }

    private static ConversationPort authorization(ConversationPort port, UnaryOperator<AgentAuthorization> change) {
        return new ForwardingPort(port) {
            @Override
            public AgentAuthorization authorizeAgent() {
                return change.apply(delegate.authorizeAgent());
            }
        };
    }

    private static AgentAuthorization withAgent(AgentAuthorization a, ParticipantArn agent) {
        return new AgentAuthorization(agent, a.agentName(), a.merchantId(), a.jwt(), a.websocketUrl(), a.twilioAccounts());
    }

    // ---- operation 3: getConversation ------------------------------------------------------------

    /** Participants left out of the conversation read. */
    static ConversationPort participantsLeftOut(ConversationPort port) {
        return conversations(port, c -> withParticipants(c, List.of()));
    }

    /** A limit at or above the number of messages drops the oldest (an off-by-one in the slice). */
    static ConversationPort limitAtCountDropsOldest(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation c = delegate.getConversation(query);
                if (query.messageLimit() == null || query.messageLimit() < c.messages().size()
                        || c.messages().isEmpty()) {
                    return c;
                }
                return new Conversation(c.summary(), c.baseLanguageIsoCode(), c.messages().subList(1, c.messages().size()));
            }
        };
    }

    /** The summary describes the first message instead of the last. */
    static ConversationPort summaryOfFirstMessage(ConversationPort port) {
        return conversations(port, c -> {
            if (c.messages().size() < 2) {
                return c;
            }
            Message first = c.messages().get(0);
            return new Conversation(rebuild(c.summary(), s -> new ConversationSummary(s.id(), s.arn(), s.merchantId(),
                    s.medium(), s.closed(), s.visible(), s.unreadMessages(), s.startedAt(), first.sentAt(),
                    s.lastInteractiveMessageAt(), first.body(), first.author(), first.authorName(), s.messageCount(),
                    s.participants())), c.baseLanguageIsoCode(), c.messages());
        });
    }

    /** A read with a message limit is cached as the whole conversation, so later reads lose messages. */
    static ConversationPort limitedReadCachedAsWhole(ConversationPort port) {
        Map<ConversationId, Integer> trimmed = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                if (query.messageLimit() != null) {
                    trimmed.put(query.id(), query.messageLimit());
                }
                Integer limit = query.messageLimit() != null ? query.messageLimit() : trimmed.get(query.id());
                return delegate.getConversation(limit == null ? query : ConversationQuery.of(query.id())
                        .withMessageLimit(limit));
            }
        };
    }

    /** message_count set when the conversation started and never updated as messages arrive. */
    static ConversationPort messageCountNeverGrows(ConversationPort port) {
        return conversations(port, c -> new Conversation(rebuild(c.summary(), s -> new ConversationSummary(s.id(),
                s.arn(), s.merchantId(), s.medium(), s.closed(), s.visible(), s.unreadMessages(), s.startedAt(),
                s.lastMessageAt(), s.lastInteractiveMessageAt(), s.lastMessageBody(), s.lastParticipantArn(),
                s.lastParticipantName(), Math.min(1, s.messageCount()), s.participants())), c.baseLanguageIsoCode(),
                c.messages()));
    }

    private static ConversationPort conversations(ConversationPort port, UnaryOperator<Conversation> change) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                return change.apply(delegate.getConversation(query));
            }
        };
    }

    // ---- operation 4: the webchat context --------------------------------------------------------

    /** A later recording patches the earlier one instead of replacing it: fields it leaves out survive. */
    static Breakage contextRecordingPatches() {
        Map<ConversationId, WebchatContext> recorded = new ConcurrentHashMap<>();
        return new Breakage() {
            @Override
            public ConversationPort port(ConversationPort correct) {
                return correct;
            }

            @Override
            public Backstage backstage(Backstage correct) {
                return intercept(correct, "recordWebchatContext", args -> {
                    ConversationId id = (ConversationId) args[0];
                    WebchatContext next = (WebchatContext) args[1];
                    WebchatContext before = recorded.get(id);
                    WebchatContext merged = before == null ? next : new WebchatContext(
                            next.cart() != null ? next.cart() : before.cart(),
                            next.currentUrl() != null ? next.currentUrl() : before.currentUrl(),
                            next.pageViews().isEmpty() ? before.pageViews() : next.pageViews(),
                            next.sessionStart() != null ? next.sessionStart() : before.sessionStart(),
                            next.sessionUtm() != null ? next.sessionUtm() : before.sessionUtm());
                    recorded.put(id, merged);
                    return new Object[] {id, merged};
                });
            }
        };
    }

    /** A conversation with no context recorded answers a placeholder page instead of {}. */
    static ConversationPort contextNeverEmpty(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public WebchatContext getWebchatContext(ConversationId id) {
                WebchatContext context = delegate.getWebchatContext(id);
                return context.isEmpty() ? new WebchatContext(null, "about:blank", List.of(), null, null) : context;
            }
        };
    }

    /** Contexts kept per visitor, not per conversation: a conversation without one shows the latest recorded. */
    static Breakage contextSharedAcrossConversations() {
        AtomicReference<WebchatContext> latest = new AtomicReference<>();
        return new Breakage() {
            @Override
            public ConversationPort port(ConversationPort correct) {
                return new ForwardingPort(correct) {
                    @Override
                    public WebchatContext getWebchatContext(ConversationId id) {
                        WebchatContext context = delegate.getWebchatContext(id);
                        return context.isEmpty() && latest.get() != null ? latest.get() : context;
                    }
                };
            }

            @Override
            public Backstage backstage(Backstage correct) {
                return intercept(correct, "recordWebchatContext", args -> {
                    latest.set((WebchatContext) args[1]);
                    return args;
                });
            }
        };
    }

    /** Reading the context (a PUT on the wire) is taken for a page view and recorded. */
    static ConversationPort contextReadRecordsAPageView(ConversationPort port) {
        Map<ConversationId, Integer> reads = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public WebchatContext getWebchatContext(ConversationId id) {
                WebchatContext context = delegate.getWebchatContext(id);
                int earlier = reads.merge(id, 1, Integer::sum) - 1;
                if (earlier == 0 || context.isEmpty()) {
                    return context;
                }
                List<dev.parley.conversation.domain.PageView> views = new ArrayList<>(context.pageViews());
                for (int i = 0; i < earlier; i++) {
                    views.add(views.get(views.size() - 1));
                }
                return new WebchatContext(context.cart(), context.currentUrl(), views, context.sessionStart(),
                        context.sessionUtm());
            }
        };
    }

    // ---- operation 5: messages since -------------------------------------------------------------

    /** Messages since come newest first. */
    static ConversationPort messagesSinceNewestFirst(ConversationPort port) {
        return messages(port, (query, list) -> {
            List<Message> reversed = new ArrayList<>(list);
            Collections.reverse(reversed);
            return reversed;
        });
    }

    /** 'since' compared in whole seconds. */
    static ConversationPort sinceInWholeSeconds(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public List<Message> getMessages(MessagesQuery query) {
                long second = query.since().getEpochSecond();
                List<Message> all = delegate.getMessages(MessagesQuery.all(query.id()));
                Stream<Message> after = all.stream().filter(m -> m.sentAt().getEpochSecond() > second);
                return (query.limit() == null ? after : after.limit(query.limit())).collect(Collectors.toList());
            }
        };
    }

    /** A page of messages holds one more than the limit. */
    static ConversationPort messagesPageOneTooMany(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public List<Message> getMessages(MessagesQuery query) {
                return delegate.getMessages(query.limit() == null ? query
                        : new MessagesQuery(query.id(), query.since(), query.limit() + 1));
            }
        };
    }

    /** Nothing new answers the newest message again, so a poller never sees an empty answer. */
    static ConversationPort nothingNewRepeatsNewest(ConversationPort port) {
        return messages(port, (query, list) -> {
            if (!list.isEmpty()) {
                return list;
            }
            List<Message> all = port.getMessages(MessagesQuery.all(query.id()));
            return all.isEmpty() ? list : List.of(all.get(all.size() - 1));
        });
    }

    /** The first answer for a conversation is cached whatever 'since' asks. */
    static ConversationPort staleMessagesCache(ConversationPort port) {
        Map<ConversationId, List<Message>> cache = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public List<Message> getMessages(MessagesQuery query) {
                return cache.computeIfAbsent(query.id(), id -> delegate.getMessages(query));
            }
        };
    }

    private interface MessagesChange {
        List<Message> apply(MessagesQuery query, List<Message> answer);
    }

    private static ConversationPort messages(ConversationPort port, MessagesChange change) {
        return new ForwardingPort(port) {
            @Override
            public List<Message> getMessages(MessagesQuery query) {
                return change.apply(query, delegate.getMessages(query));
            }
        };
    }

    // ---- operation 6: upload URLs ----------------------------------------------------------------

    /** Only three-letter extensions are taken for media: .jpeg is refused. */
    static ConversationPort jpegRefused(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public UploadUrl createUploadUrl(String extension) {
                if (extension.length() != 3) {
                    throw new dev.parley.conversation.domain.InvalidRequestException(extension + " is not a media type");
                }
                return delegate.createUploadUrl(extension);
            }
        };
    }

    /** The upload URL handed out as a path on the API's host. */
    static ConversationPort uploadUrlRelative(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public UploadUrl createUploadUrl(String extension) {
                UploadUrl upload = delegate.createUploadUrl(extension);
                return new UploadUrl(upload.key(), URI.create(upload.url().getRawPath()));
            }
        };
    }

    /** The extension cleaned up instead of refused: "../png" becomes "png". */
    static ConversationPort extensionSanitized(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public UploadUrl createUploadUrl(String extension) {
                String cleaned = extension.replaceAll("[^A-Za-z0-9]", "");
                return delegate.createUploadUrl(cleaned.isEmpty() ? "png" : cleaned);
            }
        };
    }

    // ---- operations 7 and 13: queues -------------------------------------------------------------

    /** Every queue listed twice (a join that multiplies rows). */
    static ConversationPort queuesListedTwice(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public List<QueueStatus> getQueueStatuses() {
                List<QueueStatus> statuses = delegate.getQueueStatuses();
                return Stream.concat(statuses.stream(), statuses.stream()).collect(Collectors.toList());
            }
        };
    }

    /** Queue entries lose the customer's email. */
    static ConversationPort queueEntriesWithoutEmail(ConversationPort port) {
        return queues(port, q -> withEntries(q, q.entries().stream().map(e -> new QueueEntry(e.customerArn(), e.name(),
                e.queueId(), null, e.joinedAt(), e.question())).collect(Collectors.toList()), q.customerWaitingCount()));
    }

    /** An empty queue counts one customer waiting. */
    static ConversationPort emptyQueueCountsOne(ConversationPort port) {
        return queues(port, q -> q.entries().isEmpty() ? withEntries(q, q.entries(), 1) : q);
    }

    /** Setting the status the agent already has toggles it back to available. */
    static ConversationPort sameStatusToggles(ConversationPort port) {
        Map<QueueName, AgentStatus> last = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public void updateQueueStatus(QueueName queue, AgentStatus status) {
                AgentStatus previous = last.put(queue, status);
                delegate.updateQueueStatus(queue, status == previous ? AgentStatus.AVAILABLE : status);
            }
        };
    }

    /** A status update applied to every queue of the merchant. */
    static ConversationPort statusSetInEveryQueue(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void updateQueueStatus(QueueName queue, AgentStatus status) {
                delegate.updateQueueStatus(queue, status);
                for (QueueStatus other : delegate.getQueueStatuses()) {
                    delegate.updateQueueStatus(other.name(), status);
                }
            }
        };
    }

    /** A status with no spelling taken as available instead of refused. */
    static ConversationPort unknownStatusTakenAsAvailable(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void updateQueueStatus(QueueName queue, AgentStatus status) {
                delegate.updateQueueStatus(queue, status == null || status == AgentStatus.UNKNOWN
                        ? AgentStatus.BUSY : status);
            }
        };
    }

    private static ConversationPort queues(ConversationPort port, UnaryOperator<QueueStatus> change) {
        return new ForwardingPort(port) {
            @Override
            public List<QueueStatus> getQueueStatuses() {
                return delegate.getQueueStatuses().stream().map(change).collect(Collectors.toList());
            }
        };
    }

    private static QueueStatus withEntries(QueueStatus q, List<QueueEntry> entries, int waiting) {
        return new QueueStatus(q.name(), q.agentCount(), q.agentAvailableCount(), q.agentBusyCount(),
                q.agentUnavailableCount(), q.agents(), q.customerAbandonCount(), q.customerActiveCount(),
                q.customerAverageAbandonTimeSeconds(), q.customerAverageChatTimeSeconds(),
                q.customerAverageHoldTimeSeconds(), q.customerChatCount(), waiting, q.customerWaitingSince(), entries);
    }

    // ---- operation 8: the listing ----------------------------------------------------------------

    /** Listed by start time, not by last message. */
    static ConversationPort listedByStartTime(ConversationPort port) {
        return pages(port, (query, page) -> withItems(page, page.items().stream()
                .sorted(Comparator.comparing(ConversationSummary::startedAt).reversed()).collect(Collectors.toList())));
    }

    /** The stream stops after the first page. */
    static ConversationPort streamStopsAfterFirstPage(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Stream<ConversationSummary> streamConversations(ConversationListQuery query) {
                return delegate.listConversations(query).items().stream();
            }
        };
    }

    /** 'before' applied to the first page only. */
    static ConversationPort beforeOnFirstPageOnly(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                return delegate.listConversations(query.offset() > 0 ? query.withBefore(null) : query);
            }
        };
    }

    /** next_offset on every page, the last one too. */
    static ConversationPort lastPageHasNext(ConversationPort port) {
        return pages(port, (query, page) -> new Page<>(page.items(), page.offset(), page.limit(), page.totalRecords(),
                page.offset() + page.items().size()));
    }

    /** An offset past the end gives the last page again. */
    static ConversationPort offsetPastEndGivesLastPage(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                Page<ConversationSummary> page = delegate.listConversations(query);
                if (!page.items().isEmpty() || page.totalRecords() == null || page.totalRecords() == 0) {
                    return page;
                }
                int last = Math.max(0, page.totalRecords() - query.limit());
                return delegate.listConversations(query.withOffset(last));
            }
        };
    }

    /** result_set.limit echoes how many came back, not the limit asked for. */
    static ConversationPort limitEchoesCount(ConversationPort port) {
        return pages(port, (query, page) -> new Page<>(page.items(), page.offset(), Math.max(1, page.items().size()),
                page.totalRecords(), page.nextOffset()));
    }

    /** With a medium filter, 'before' is dropped. */
    static ConversationPort mediumDropsBefore(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                return delegate.listConversations(query.medium() != null ? query.withBefore(null) : query);
            }
        };
    }

    /** A sub-millisecond 'before' truncated to its millisecond, dropping the conversations in that millisecond. */
    static ConversationPort beforeTruncatedToTheMillisecond(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                return delegate.listConversations(query.before() == null ? query
                        : query.withBefore(query.before().truncatedTo(ChronoUnit.MILLIS)));
            }
        };
    }

    /** A null argument refused as an illegal argument rather than as the null pointer the port documents. */
    static ConversationPort nullArgumentsAreIllegalArguments(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                if (query == null) {
                    throw new IllegalArgumentException("conversation query must not be null");
                }
                return delegate.getConversation(query);
            }
        };
    }

    /** The largest page size refused: the bound checked with {@code <} instead of {@code <=}. */
    static ConversationPort largestPageRefused(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                if (query.limit() == ConversationListQuery.MAX_LIMIT) {
                    throw new dev.parley.conversation.domain.InvalidRequestException(
                            "_limit must be below " + ConversationListQuery.MAX_LIMIT);
                }
                return delegate.listConversations(query);
            }
        };
    }

    /** Listed summaries do not count their messages. */
    static ConversationPort listedWithoutMessageCount(ConversationPort port) {
        return listedSummaries(port, s -> new ConversationSummary(s.id(), s.arn(), s.merchantId(), s.medium(),
                s.closed(), s.visible(), s.unreadMessages(), s.startedAt(), s.lastMessageAt(),
                s.lastInteractiveMessageAt(), s.lastMessageBody(), s.lastParticipantArn(), s.lastParticipantName(), 0,
                s.participants()));
    }

    /** Listed summaries leave out the last message's text. */
    static ConversationPort listedWithoutLastMessage(ConversationPort port) {
        return listedSummaries(port, s -> new ConversationSummary(s.id(), s.arn(), s.merchantId(), s.medium(),
                s.closed(), s.visible(), s.unreadMessages(), s.startedAt(), s.lastMessageAt(),
                s.lastInteractiveMessageAt(), null, s.lastParticipantArn(), s.lastParticipantName(), s.messageCount(),
                s.participants()));
    }

    /** Pages after the first come oldest first. */
    static ConversationPort laterPagesReversed(ConversationPort port) {
        return pages(port, (query, page) -> {
            if (query.offset() == 0) {
                return page;
            }
            List<ConversationSummary> reversed = new ArrayList<>(page.items());
            Collections.reverse(reversed);
            return withItems(page, reversed);
        });
    }

    /** The listing leaves out conversations that have no message yet. */
    static ConversationPort listingHidesSilentConversations(ConversationPort port) {
        return pages(port, (query, page) -> withItems(page, page.items().stream().filter(s -> s.messageCount() > 0)
                .collect(Collectors.toList())));
    }

    private interface PageChange {
        Page<ConversationSummary> apply(ConversationListQuery query, Page<ConversationSummary> page);
    }

    private static ConversationPort pages(ConversationPort port, PageChange change) {
        return new ForwardingPort(port) {
            @Override
            public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                return change.apply(query, delegate.listConversations(query));
            }
        };
    }

    private static ConversationPort listedSummaries(ConversationPort port, UnaryOperator<ConversationSummary> change) {
        return pages(port, (query, page) -> withItems(page, page.items().stream().map(change)
                .collect(Collectors.toList())));
    }

    private static Page<ConversationSummary> withItems(Page<ConversationSummary> page, List<ConversationSummary> items) {
        return new Page<>(items, page.offset(), page.limit(), page.totalRecords(), page.nextOffset());
    }

    // ---- operations 9 to 11: join, leave, markread -----------------------------------------------

    /** Joining does nothing. */
    static ConversationPort joinIgnored(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void joinConversation(ConversationId id) {
                // the join is acknowledged and dropped
            }
        };
    }

    /** Joining always appends a participant entry, even for an agent already (or once) in the conversation. */
    static ConversationPort joinAppendsEntry(ConversationPort port) {
        return rewrittenOnceJoined(port, (c, agent) -> {
            List<Participant> participants = new ArrayList<>(c.participants());
            c.participants().stream().filter(p -> p.arn().equals(agent)).findFirst().ifPresent(p ->
                    participants.add(new Participant(p.id(), p.arn(), p.name(), Instant.now(), null,
                            p.lastMessageAt(), p.profileImageUrl(), p.status(), p.timezone(), 0)));
            return withParticipants(c, participants);
        });
    }

    /** Joining hands the conversation over: everybody else is marked as having left. */
    static ConversationPort joinMakesOthersLeave(ConversationPort port) {
        return rewrittenOnceJoined(port, (c, agent) -> withParticipants(c, c.participants().stream()
                .map(p -> p.arn().equals(agent) || p.leftAt() != null ? p : new Participant(p.id(), p.arn(), p.name(),
                        p.joinedAt(), Instant.now(), p.lastMessageAt(), p.profileImageUrl(), p.status(), p.timezone(),
                        p.unreadMessages()))
                .collect(Collectors.toList())));
    }

    /** Conversations this port joined read through {@code rewrite} (given the agent's ARN). */
    private static ConversationPort rewrittenOnceJoined(ConversationPort port,
                                                        BiFunction<Conversation, ParticipantArn, Conversation> rewrite) {
        Set<ConversationId> joined = ConcurrentHashMap.newKeySet();
        return new ForwardingPort(port) {
            @Override
            public void joinConversation(ConversationId id) {
                delegate.joinConversation(id);
                joined.add(id);
            }

            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation c = delegate.getConversation(query);
                return joined.contains(query.id()) ? rewrite.apply(c, delegate.authorizeAgent().agentArn()) : c;
            }
        };
    }

    /** Leaving joins first, so leaving a conversation one is not in adds an entry and leaving again re-stamps it. */
    static ConversationPort leaveJoinsFirst(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void leaveConversation(ConversationId id) {
                delegate.joinConversation(id);
                delegate.leaveConversation(id);
            }
        };
    }

    /** The agent who started a conversation cannot leave it: the call is dropped. */
    static ConversationPort starterCannotLeave(ConversationPort port) {
        return new StartTracking(port) {
            @Override
            public void leaveConversation(ConversationId id) {
                if (!started.contains(id)) {
                    delegate.leaveConversation(id);
                }
            }
        };
    }

    /** A port that remembers the conversations it started. */
    private abstract static class StartTracking extends ForwardingPort {
        final Set<ConversationId> started = ConcurrentHashMap.newKeySet();

        StartTracking(ConversationPort delegate) {
            super(delegate);
        }

        @Override
        public Conversation startConversation(StartConversationRequest request) {
            Conversation conversation = delegate.startConversation(request);
            started.add(conversation.id());
            return conversation;
        }
    }

    /** markread is a toggle: marking a read conversation read makes it unread again. */
    static ConversationPort markReadToggles(ConversationPort port) {
        Map<ConversationId, Integer> marks = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public void markRead(ConversationId id) {
                delegate.markRead(id);
                marks.merge(id, 1, Integer::sum);
            }

            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation c = delegate.getConversation(query);
                return marks.getOrDefault(query.id(), 0) % 2 == 0 && marks.containsKey(query.id())
                        ? unreadForAgent(c, delegate.authorizeAgent().agentArn()) : c;
            }
        };
    }

    /** Any message after markread makes the conversation unread, the agent's own included. */
    static ConversationPort ownMessageMakesUnread(ConversationPort port) {
        Map<ConversationId, Instant> markedAt = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public void markRead(ConversationId id) {
                delegate.markRead(id);
                List<Message> messages = delegate.getConversation(ConversationQuery.of(id)).messages();
                markedAt.put(id, messages.isEmpty() ? Instant.EPOCH : messages.get(messages.size() - 1).sentAt());
            }

            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation c = delegate.getConversation(query);
                Instant marked = markedAt.get(query.id());
                boolean newer = marked != null && c.messages().stream().anyMatch(m -> m.sentAt().isAfter(marked));
                return newer ? unreadForAgent(c, delegate.authorizeAgent().agentArn()) : c;
            }
        };
    }

    /** markread only works for an agent who joined. */
    static ConversationPort markReadNeedsJoin(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public void markRead(ConversationId id) {
                ParticipantArn agent = delegate.authorizeAgent().agentArn();
                boolean joined = delegate.getConversation(ConversationQuery.of(id)).participants().stream()
                        .anyMatch(p -> p.arn().equals(agent) && p.leftAt() == null);
                if (joined) {
                    delegate.markRead(id);
                }
            }
        };
    }

    /** markread dropped for conversations the agent started, and they read as unread. */
    static ConversationPort startedConversationsStayUnread(ConversationPort port) {
        return new StartTracking(port) {
            @Override
            public Conversation getConversation(ConversationQuery query) {
                Conversation c = delegate.getConversation(query);
                return started.contains(query.id()) ? unreadForAgent(c, delegate.authorizeAgent().agentArn()) : c;
            }
        };
    }

    private static Conversation unreadForAgent(Conversation c, ParticipantArn agent) {
        ConversationSummary s = c.summary();
        List<Participant> participants = c.participants().stream().map(p -> !p.arn().equals(agent) ? p
                : new Participant(p.id(), p.arn(), p.name(), p.joinedAt(), p.leftAt(), p.lastMessageAt(),
                p.profileImageUrl(), p.status(), p.timezone(), Math.max(1, p.unreadMessages())))
                .collect(Collectors.toList());
        return new Conversation(new ConversationSummary(s.id(), s.arn(), s.merchantId(), s.medium(), s.closed(),
                s.visible(), true, s.startedAt(), s.lastMessageAt(), s.lastInteractiveMessageAt(), s.lastMessageBody(),
                s.lastParticipantArn(), s.lastParticipantName(), s.messageCount(), participants),
                c.baseLanguageIsoCode(), c.messages());
    }

    // ---- operation 12: start ---------------------------------------------------------------------

    /** The same request starts the same conversation again (taken for idempotent). */
    static ConversationPort startIdempotentByRequest(ConversationPort port) {
        Map<StartConversationRequest, Conversation> started = new ConcurrentHashMap<>();
        return new ForwardingPort(port) {
            @Override
            public Conversation startConversation(StartConversationRequest request) {
                return started.computeIfAbsent(request, delegate::startConversation);
            }
        };
    }

    /** start_dts reported a day early (a time zone applied twice). */
    static ConversationPort startedADayEarly(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public Conversation startConversation(StartConversationRequest request) {
                Conversation c = delegate.startConversation(request);
                return new Conversation(rebuild(c.summary(), s -> new ConversationSummary(s.id(), s.arn(),
                        s.merchantId(), s.medium(), s.closed(), s.visible(), s.unreadMessages(),
                        s.startedAt().minus(Duration.ofDays(1)), s.lastMessageAt(), s.lastInteractiveMessageAt(),
                        s.lastMessageBody(), s.lastParticipantArn(), s.lastParticipantName(), s.messageCount(),
                        s.participants())), c.baseLanguageIsoCode(), c.messages());
            }
        };
    }

    // ---- errors and tenancy ----------------------------------------------------------------------

    /** An unknown conversation id is taken for an empty one by every operation but getConversation. */
    static ConversationPort unknownIdsIgnored(ConversationPort port) {
        return new ForwardingPort(port) {
            @Override
            public WebchatContext getWebchatContext(ConversationId id) {
                return orElse(() -> delegate.getWebchatContext(id), WebchatContext.EMPTY);
            }

            @Override
            public List<Message> getMessages(MessagesQuery query) {
                return orElse(() -> delegate.getMessages(query), List.of());
            }

            @Override
            public void joinConversation(ConversationId id) {
                orElse(() -> {
                    delegate.joinConversation(id);
                    return null;
                }, null);
            }

            @Override
            public void leaveConversation(ConversationId id) {
                orElse(() -> {
                    delegate.leaveConversation(id);
                    return null;
                }, null);
            }

            @Override
            public void markRead(ConversationId id) {
                orElse(() -> {
                    delegate.markRead(id);
                    return null;
                }, null);
            }
        };
    }

    private static <T> T orElse(java.util.function.Supplier<T> call, T fallback) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            return fallback;
        }
    }

    /**
     * Writes that fall back on other tenants for conversations they do not have, the way a store
     * keyed by conversation id alone would.
     */
    static Breakage crossTenantWrites() {
        List<ConversationPort> tenants = new CopyOnWriteArrayList<>();
        return correct -> {
            tenants.add(correct);
            return new ForwardingPort(correct) {
                @Override
                public void joinConversation(ConversationId id) {
                    anyTenant(tenants, p -> p.joinConversation(id));
                }

                @Override
                public void leaveConversation(ConversationId id) {
                    anyTenant(tenants, p -> p.leaveConversation(id));
                }

                @Override
                public void markRead(ConversationId id) {
                    anyTenant(tenants, p -> p.markRead(id));
                }
            };
        };
    }

    /** Any credential is accepted: a wrong key is just another merchant. */
    static Breakage anyCredentialAccepted() {
        return new Breakage() {
            @Override
            public ConversationPort port(ConversationPort correct) {
                return correct;
            }

            @Override
            public ConversationPort portWithBadCredential(dev.parley.conversation.mock.engine.ConversationEngine engine) {
                return engine.port("not-a-key-" + UUID.randomUUID());
            }
        };
    }

    /** Queue statuses of every tenant, not just the caller's. */
    static Breakage sharedQueues() {
        List<ConversationPort> tenants = new CopyOnWriteArrayList<>();
        return correct -> {
            tenants.add(correct);
            return new ForwardingPort(correct) {
                @Override
                public List<QueueStatus> getQueueStatuses() {
                    return tenants.stream().flatMap(p -> p.getQueueStatuses().stream()).collect(Collectors.toList());
                }
            };
        };
    }

    /** The listing and reads of every tenant, as one store. */
    static Breakage sharedStore() {
        List<ConversationPort> tenants = new CopyOnWriteArrayList<>();
        return correct -> {
            tenants.add(correct);
            return new ForwardingPort(correct) {
                @Override
                public Conversation getConversation(ConversationQuery query) {
                    return fromAnyTenant(tenants, p -> p.getConversation(query));
                }

                @Override
                public Page<ConversationSummary> listConversations(ConversationListQuery query) {
                    List<ConversationSummary> all = tenants.stream()
                            .flatMap(p -> p.listConversations(query.withOffset(0).withLimit(ConversationListQuery.MAX_LIMIT))
                                    .items().stream())
                            .sorted(Comparator.comparing(ConversationSummary::lastMessageAt,
                                    Comparator.nullsLast(Comparator.<Instant>naturalOrder())).reversed())
                            .collect(Collectors.toList());
                    int from = Math.min(query.offset(), all.size());
                    int to = Math.min(all.size(), from + query.limit());
                    return new Page<>(all.subList(from, to), query.offset(), query.limit(), all.size(),
                            to < all.size() ? to : null);
                }
            };
        };
    }

    private static void anyTenant(List<ConversationPort> tenants, java.util.function.Consumer<ConversationPort> call) {
        fromAnyTenant(tenants, p -> {
            call.accept(p);
            return null;
        });
    }

    /** What the first tenant that has the conversation answers; the last 404 when none has it. */
    static <T> T fromAnyTenant(List<ConversationPort> tenants, Function<ConversationPort, T> call) {
        NotFoundException notHere = null;
        for (ConversationPort tenant : tenants) {
            try {
                return call.apply(tenant);
            } catch (NotFoundException e) {
                notHere = e;
            }
        }
        throw notHere;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static ConversationSummary rebuild(ConversationSummary s, Function<ConversationSummary, ConversationSummary> f) {
        return f.apply(s);
    }

    private static Conversation withParticipants(Conversation c, List<Participant> participants) {
        ConversationSummary s = c.summary();
        return new Conversation(new ConversationSummary(s.id(), s.arn(), s.merchantId(), s.medium(), s.closed(),
                s.visible(), s.unreadMessages(), s.startedAt(), s.lastMessageAt(), s.lastInteractiveMessageAt(),
                s.lastMessageBody(), s.lastParticipantArn(), s.lastParticipantName(), s.messageCount(), participants),
                c.baseLanguageIsoCode(), c.messages());
    }

    /** A backstage that hands every call on, rewriting the arguments of {@code method}. */
    private static Backstage intercept(Backstage correct, String method, UnaryOperator<Object[]> arguments) {
        return (Backstage) Proxy.newProxyInstance(Backstage.class.getClassLoader(), new Class<?>[] {Backstage.class},
                (proxy, m, args) -> {
                    try {
                        return m.invoke(correct, m.getName().equals(method) ? arguments.apply(args) : args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
