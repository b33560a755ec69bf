/**
 * JUnit 5 support for the fake: {@link dev.parley.conversation.mock.junit5.FakeUltraCartTest} (one server
 * per test class, declaratively) and {@link dev.parley.conversation.mock.junit5.FakeUltraCartExtension}
 * (any settings, with {@code @RegisterExtension}). JUnit Jupiter's API is a provided dependency: the
 * tests that use these classes bring it, JUnit 5.10 or newer (where {@code ExtensionContext} lacks
 * {@code getEnclosingTestClasses()}, {@code @Nested} classes find their outer class's annotation through
 * the enclosing contexts).
 */
package dev.parley.conversation.mock.junit5;
