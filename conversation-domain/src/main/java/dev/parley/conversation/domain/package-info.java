/**
 * Parley's conversation domain: UltraCart's conversation API (REST v2) in domain language.
 *
 * <p>{@link dev.parley.conversation.domain.ConversationPort} is the one port, with UltraCart's 13
 * conversation operations. Its records are immutable and validated on construction.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Absent values are {@code null}.</b> A record component documented as optional is
 *       {@code null} when UltraCart did not send it; every other component is never null.
 *       Lists are never null: absent is the empty list, and lists are unmodifiable copies.</li>
 *   <li><b>Times are {@link java.time.Instant}s</b>, carried at UltraCart's millisecond precision.</li>
 *   <li><b>Identifiers are value types</b> ({@link dev.parley.conversation.domain.ConversationId},
 *       {@link dev.parley.conversation.domain.ParticipantArn}, ...), never bare strings.</li>
 *   <li><b>Enumerations tolerate new values:</b> a value this version does not know reads as
 *       {@code UNKNOWN} instead of failing.</li>
 *   <li><b>Errors are unchecked</b> subclasses of
 *       {@link dev.parley.conversation.domain.ConversationException}, one per thing a caller acts on.</li>
 * </ul>
 *
 * <p>This package depends on nothing but {@code java.*}.
 */
package dev.parley.conversation.domain;
