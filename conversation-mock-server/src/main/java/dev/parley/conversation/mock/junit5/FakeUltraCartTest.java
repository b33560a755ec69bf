package dev.parley.conversation.mock.junit5;

import dev.parley.conversation.mock.engine.ConversationEngine;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link dev.parley.conversation.mock.server.FakeUltraCart} for the annotated test class
 * (on a free loopback port, before its first test) and stops it after its last test. Test and
 * lifecycle methods receive it as a {@code FakeUltraCart} parameter, or its base URL as a
 * {@code String} or {@code URI} parameter annotated {@link BaseUrl}.
 *
 * <pre>{@code
 * @FakeUltraCartTest
 * class InboxTest {
 *     @Test
 *     void listsWhatCustomersWrote(FakeUltraCart fake, @BaseUrl String baseUrl) {
 *         fake.control("test-key").customerStartsConversation(...);
 *         // call baseUrl + "/conversation/conversations" with x-ultracart-simple-key: test-key
 *     }
 * }
 * }</pre>
 *
 * <p>Tests of one class share the server: give each test its own credential (each is its own tenant)
 * or set {@link #resetBetweenTests()}. For one server per test, or other settings, register a
 * {@link FakeUltraCartExtension} with {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeUltraCartExtension.class)
public @interface FakeUltraCartTest {

    /**
     * Whether each new tenant starts with the demonstration data.
     *
     * @return true to fill each new tenant with the demonstration data
     */
    boolean demoData() default false;

    /**
     * The seed of the demonstration data.
     *
     * @return the seed
     */
    long seed() default ConversationEngine.DEFAULT_SEED;

    /**
     * Whether API requests are checked strictly against {@code openapi.json}.
     *
     * @return true for strict validation
     */
    boolean strictValidation() default true;

    /**
     * How many requests each tenant's journal keeps.
     *
     * @return the journal's size per tenant
     */
    int journalSize() default 1000;

    /**
     * Whether every tenant is forgotten before each test (after the first).
     *
     * @return true to forget every tenant between tests
     */
    boolean resetBetweenTests() default false;
}
