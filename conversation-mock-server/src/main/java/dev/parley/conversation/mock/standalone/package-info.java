/**
 * The standalone fake server's command line, {@link dev.parley.conversation.mock.standalone.FakeUltraCartMain}:
 * the shaded jar's main class.
 */
package dev.parley.conversation.mock.standalone;
