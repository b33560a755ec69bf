/**
 * The control plane of a fake UltraCart in another JVM or process, from Java:
 * {@link dev.parley.conversation.mock.remote.RemoteFakeUltraCart} and its
 * {@link dev.parley.conversation.mock.remote.RemoteTenant}, on {@code java.net.http}.
 */
package dev.parley.conversation.mock.remote;
