/**
 * JUnit 5 support for the fake: {@link dev.parley.conversation.mock.junit5.FakeUltraCartTest} (one server
 * per test class, declaratively) and {@link dev.parley.conversation.mock.junit5.FakeUltraCartExtension}
 * (any settings, with {@code @RegisterExtension}). JUnit Jupiter's API is a provided dependency: the
 * tests that use these classes bring it.
 */
package dev.parley.conversation.mock.junit5;
