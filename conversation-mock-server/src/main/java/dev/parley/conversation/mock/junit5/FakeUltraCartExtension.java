package dev.parley.conversation.mock.junit5;

import dev.parley.conversation.mock.server.FakeTenant;
import dev.parley.conversation.mock.server.FakeUltraCart;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link FakeUltraCart} for JUnit 5 tests. Two ways to use it:
 *
 * <p><b>Declaratively</b>, with {@link FakeUltraCartTest} on the test class: one server per class.
 *
 * <p><b>Programmatically</b>, with {@code @RegisterExtension} and any server settings. A
 * {@code static} field gives one server per test class; an instance field one server per test.
 *
 * <pre>{@code
 * class ConsoleTest {
 *     @RegisterExtension
 *     static FakeUltraCartExtension fake = FakeUltraCartExtension.builder()
 *             .options(FakeUltraCart.builder().demoData(true))
 *             .resetBetweenTests(true)
 *             .build();
 *
 *     @Test
 *     void showsTheInbox() {
 *         String baseUrl = fake.baseUrl();
 *         FakeTenant tenant = fake.control("test-key");
 *     }
 * }
 * }</pre>
 *
 * <p>Either way, test and lifecycle methods can receive the server as a {@link FakeUltraCart}
 * parameter, and its base URL as a {@code String} or {@code URI} parameter annotated {@link BaseUrl}.
 * Tenants make sharing one server safe, also across tests running in parallel: each credential sees
 * only its own data. To start each test from nothing on a shared server, set
 * {@link Builder#resetBetweenTests(boolean)} (or {@link FakeUltraCartTest#resetBetweenTests()}), or call
 * {@link FakeUltraCart#reset()} or {@link FakeTenant#reset()} yourself.
 */
public final class FakeUltraCartExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Whether this JUnit has {@code ExtensionContext.getEnclosingTestClasses()} (5.12 and newer). */
    private static final boolean HAS_ENCLOSING_TEST_CLASSES = hasMethod(ExtensionContext.class, "getEnclosingTestClasses");

    private final FakeUltraCart.Builder options;
    private final Boolean resetBetweenTests;
    private volatile FakeUltraCart fake;
    private String startedBy;
    private boolean perTest;
    private final AtomicInteger testsStarted = new AtomicInteger();

    /**
     * The extension as {@link FakeUltraCartTest} registers it: settings from that annotation when the
     * test class carries it, else the embedded defaults.
     */
    public FakeUltraCartExtension() {
        this(null, null);
    }

    private FakeUltraCartExtension(FakeUltraCart.Builder options, Boolean resetBetweenTests) {
        this.options = options;
        this.resetBetweenTests = resetBetweenTests;
    }

    /**
     * A builder for a {@code @RegisterExtension} field.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The running server.
     *
     * @return the server
     * @throws IllegalStateException outside of a test, or in a test the extension has not started a server for
     */
    public FakeUltraCart fake() {
        FakeUltraCart running = fake;
        if (running == null) {
            throw new IllegalStateException("no fake is running: the extension starts one before each test class "
                    + "(static field, @FakeUltraCartTest) or before each test (instance field)");
        }
        return running;
    }

    /**
     * The running server's base URL, {@code http://127.0.0.1:PORT/rest/v2}.
     *
     * @return the API's base URL
     */
    public String baseUrl() {
        return fake().baseUrl();
    }

    /**
     * The running server's control plane for {@code credential}'s tenant.
     *
     * @param credential the API key or token that names the tenant
     * @return the tenant's control plane
     */
    public FakeTenant control(String credential) {
        return fake().control(credential);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (fake == null) {
            start(context, false);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (fake == null) {
            start(context, true);
        } else if (testsStarted.getAndIncrement() > 0 && resetBetweenTests(context)) {
            // Not before the first test: what @BeforeAll methods seeded is the first test's to see.
            fake.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest && context.getUniqueId().equals(startedBy)) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!perTest && context.getUniqueId().equals(startedBy)) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeUltraCart.class
                || (parameter.isAnnotated(BaseUrl.class) && (type == String.class || type == URI.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        FakeUltraCart running = fake;
        if (running == null) {
            throw new ParameterResolutionException("no fake is running yet for " + parameter.getParameter()
                    + ": a server per test (instance field) cannot be injected into constructors or @BeforeAll methods");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == FakeUltraCart.class) {
            return running;
        }
        return type == URI.class ? URI.create(running.baseUrl()) : running.baseUrl();
    }

    private synchronized void start(ExtensionContext context, boolean forOneTest) {
        fake = settings(context).start();
        startedBy = context.getUniqueId();
        perTest = forOneTest;
        testsStarted.set(forOneTest ? 1 : 0);
    }

    private synchronized void stop() {
        FakeUltraCart running = fake;
        fake = null;
        startedBy = null;
        if (running != null) {
            running.close();
        }
    }

    private FakeUltraCart.Builder settings(ExtensionContext context) {
        if (options != null) {
            return options;
        }
        return annotation(context)
                .map(a -> FakeUltraCart.builder().demoData(a.demoData()).seed(a.seed())
                        .strictValidation(a.strictValidation()).journalSize(a.journalSize()))
                .orElseGet(FakeUltraCart::builder);
    }

    private boolean resetBetweenTests(ExtensionContext context) {
        if (resetBetweenTests != null) {
            return resetBetweenTests;
        }
        return annotation(context).map(FakeUltraCartTest::resetBetweenTests).orElse(false);
    }

    private static Optional<FakeUltraCartTest> annotation(ExtensionContext context) {
        Optional<Class<?>> testClass = context.getTestClass();
        if (testClass.isEmpty()) {
            return Optional.empty();
        }
        if (HAS_ENCLOSING_TEST_CLASSES) {
            return AnnotationSupport.findAnnotation(testClass.get(), FakeUltraCartTest.class,
                    context.getEnclosingTestClasses());
        }
        // JUnit 5.10 and 5.11 have neither getEnclosingTestClasses() nor the lookup that takes them: the
        // class itself first, then the classes of the enclosing contexts, innermost first (@Nested).
        for (Optional<ExtensionContext> at = Optional.of(context); at.isPresent(); at = at.get().getParent()) {
            Optional<FakeUltraCartTest> found = at.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, FakeUltraCartTest.class));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean hasMethod(Class<?> type, String name) {
        try {
            type.getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Configures a {@link FakeUltraCartExtension} for {@code @RegisterExtension}. */
    public static final class Builder {
        private FakeUltraCart.Builder options = FakeUltraCart.builder();
        private boolean resetBetweenTests;

        private Builder() {
        }

        /**
         * The settings of each server the extension starts. Default: {@link FakeUltraCart#builder()}.
         *
         * @param serverOptions the settings, as a server builder
         * @return this builder
         */
        public Builder options(FakeUltraCart.Builder serverOptions) {
            this.options = Objects.requireNonNull(serverOptions, "server options must not be null");
            return this;
        }

        /**
         * Whether every tenant is forgotten before each test (after the first), for a server shared by a
         * test class. Default: false.
         *
         * @param reset true to forget every tenant between tests
         * @return this builder
         */
        public Builder resetBetweenTests(boolean reset) {
            this.resetBetweenTests = reset;
            return this;
        }

        /**
         * The extension.
         *
         * @return the extension, to register
         * @throws IllegalArgumentException when the server settings are invalid
         */
        public FakeUltraCartExtension build() {
            options.build();
            return new FakeUltraCartExtension(options, resetBetweenTests);
        }
    }
}
