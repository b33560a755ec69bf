package dev.parley.conversation.tck.fake;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.domain.RealtimePort;
import dev.parley.conversation.mock.server.FakeUltraCart;
import dev.parley.conversation.tck.ConversationPortVerification;
import dev.parley.conversation.tck.TckTenant;
import java.util.UUID;

/**
 * The whole compatibility kit against your port talking to an embedded {@link FakeUltraCart}, with no
 * adapter of your own: every tenant is a fresh credential on the fake, its backstage the fake's own
 * control plane ({@link FakeBackstage}), and the bad-credential rule runs on a credential the fake was
 * told to refuse. You supply the port (and, for the realtime rules, the realtime port) for a base URL
 * and a credential:
 *
 * <pre>{@code
 * class MyClientTckTest extends FakeUltraCartVerification {
 *     @Override
 *     protected ConversationPort newPort(String baseUrl, String credential) {
 *         return UltraCartConversationClient.builder().baseUrl(baseUrl).simpleKey(credential).build();
 *     }
 * }
 * }</pre>
 *
 * <p>The fake is one embedded server shared by every such test class of the JVM (strict validation on,
 * tenants empty, loopback, a free port), started on first use and stopped when the JVM exits; tenants
 * keep the tests apart. Override {@link #fake()} to use one of your own.
 */
public abstract class FakeUltraCartVerification extends ConversationPortVerification {

    /** For subclasses: the kit against the shared embedded fake. */
    protected FakeUltraCartVerification() {
    }

    /** The shared fake, started when first asked for. */
    private static final class Shared {
        static final FakeUltraCart FAKE = FakeUltraCart.builder().start();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(FAKE::close, "parley-tck-fake-stop"));
        }
    }

    /**
     * The port under test acting as the tenant of {@code credential} on the fake at {@code baseUrl}.
     *
     * @param baseUrl    the fake's API base URL ({@code http://127.0.0.1:PORT/rest/v2})
     * @param credential the tenant's credential, to present as the simple key (or bearer token)
     * @return your port
     */
    protected abstract ConversationPort newPort(String baseUrl, String credential);

    /**
     * The realtime port under test acting as the same agent as {@link #newPort}, or null (the default) to
     * decline the realtime rules, which are then skipped.
     *
     * @param baseUrl    the fake's API base URL
     * @param credential the tenant's credential
     * @return your realtime port, or null
     */
    protected RealtimePort newRealtimePort(String baseUrl, String credential) {
        return null;
    }

    /**
     * The fake the kit runs against. By default one embedded fake shared by the JVM; override to return
     * your own started fake.
     *
     * @return a started fake
     */
    protected FakeUltraCart fake() {
        return Shared.FAKE;
    }

    /** A fresh credential on the fake: your port, the fake's backstage, and your realtime port when you give one. */
    @Override
    protected TckTenant newTenant() {
        String credential = "parley-tck-" + UUID.randomUUID();
        FakeUltraCart fake = fake();
        TckTenant tenant = new TckTenant(newPort(fake.baseUrl(), credential), FakeBackstage.of(fake, credential));
        RealtimePort realtime = newRealtimePort(fake.baseUrl(), credential);
        return realtime == null ? tenant : tenant.withRealtime(realtime);
    }

    /** Your port with a credential the fake was told to refuse ({@code FakeTenant.refuseCredential}). */
    @Override
    protected ConversationPort portWithBadCredential() {
        String credential = "parley-tck-refused-" + UUID.randomUUID();
        fake().control(credential).refuseCredential(true);
        return newPort(fake().baseUrl(), credential);
    }

    @Override
    protected String whyRealtimeDeclined() {
        return getClass().getSimpleName() + ".newRealtimePort(baseUrl, credential) returned null";
    }
}
