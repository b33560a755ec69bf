/**
 * The fake's in-memory engine: {@link dev.parley.conversation.mock.engine.ConversationEngine} serves
 * the conversation port per tenant, and {@link dev.parley.conversation.mock.engine.TenantControl}
 * drives what the API cannot (customers, messages, context, queues, time). No HTTP here: a server
 * puts its own transport on top.
 *
 * <h2>Behaviour where the contract is silent</h2>
 * <ul>
 *   <li><b>Time.</b> Each tenant's clock is the engine's base clock plus the tenant's own offset, so
 *       tenants (and test suites using them) never disturb each other. Message and start times are
 *       stamped in milliseconds and strictly increase within a tenant even on a frozen clock (the
 *       next stamp is the later of the clock and the last stamp plus 1 ms), so ordering and
 *       {@code since} are never ambiguous; the tenant's "now" is never earlier than its last stamp.</li>
 *   <li><b>Listing order.</b> Newest first by last message time, ties by conversation id. A
 *       conversation with no message sits at its start time, for ordering and for {@code before}.
 *       Sub-millisecond {@code before} values compare exactly ({@code before} = 1.5 ms keeps a
 *       conversation at 1 ms).</li>
 *   <li><b>Reading.</b> Every participant, and the tenant's agent even when not a participant, has
 *       an unread count: a message adds one for everyone but its author; notices count for no one;
 *       writing in a conversation marks it read for the writer.</li>
 *   <li><b>Joining.</b> Joining twice changes nothing; rejoining after leaving clears the left time
 *       and sets a new joined time (one entry per agent). Someone who writes in a conversation
 *       without being in it becomes a participant.</li>
 *   <li><b>Queues.</b> Listed in creation order. The tenant's agent appears in a queue once it sets
 *       a status there or takes a chat there (joining or starting a webchat in it: available when
 *       new). A customer waits once per queue; starting a conversation in a queue with a waiting
 *       customer among the participants picks that customer up. Round robin designates the
 *       available agent whose last chat is oldest (never-chatted first).</li>
 *   <li><b>Uploads.</b> Keys are a random UUID and the lower-cased extension. A malformed extension
 *       is an {@link java.lang.IllegalArgumentException} (as the port documents), one a chat does not
 *       carry an {@link dev.parley.conversation.domain.InvalidRequestException}. A URL accepts one
 *       upload; a reset tenant forgets its uploads.</li>
 *   <li><b>Agent JWT.</b> HS256 with a per-engine random secret; subject the agent ARN, claims
 *       {@code merchant_id}, {@code name}, {@code iss}, {@code jti}; issued now and expiring an hour
 *       later, in whole seconds, on the tenant's clock. The merchant has one Twilio account with one
 *       fictional (555-01xx) number.</li>
 *   <li><b>Identity.</b> Merchant id ({@code M} and ten hex digits) and agent derive from the SHA-256
 *       digest of the credential; the credential itself is kept nowhere.</li>
 * </ul>
 */
package dev.parley.conversation.mock.engine;
