/**
 * {@link dev.parley.conversation.domain.ConversationPort} against UltraCart's conversation API (REST v2)
 * over HTTP, with Retrofit and OkHttp.
 *
 * <p>The API is {@link dev.parley.conversation.client.UltraCartConversationClient} (with its builder) and
 * {@link dev.parley.conversation.client.RetryPolicy}; everything else in this package is package-private.
 * Bodies are read and written by {@code conversation-wire}'s codecs only; no Retrofit, OkHttp or Moshi
 * type appears in the API except the optional shared {@code OkHttpClient}, and no exception of theirs
 * reaches a caller.
 */
package dev.parley.conversation.client;
