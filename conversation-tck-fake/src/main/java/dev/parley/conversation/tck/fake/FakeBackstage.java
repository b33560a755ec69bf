package dev.parley.conversation.tck.fake;

import dev.parley.conversation.mock.server.FakeUltraCart;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.BackstageCapability;
import java.util.Objects;

/**
 * The kit's {@link Backstage} for one tenant of an embedded {@link FakeUltraCart}: the engine's control
 * of that tenant ({@link EngineBackstage}). It declines {@code DROP_SOCKETS} for now: dropping the
 * sockets a client holds is the fake server's to do, not its engine's.
 *
 * <pre>{@code
 * new TckTenant(myClientFor(fake.baseUrl(), key), FakeBackstage.of(fake, key))
 * }</pre>
 */
public final class FakeBackstage extends EngineBackstage {

    private FakeBackstage(FakeUltraCart fake, String credential) {
        super(fake.engine().control(credential));
    }

    @Override
    public String whyDeclined(BackstageCapability capability) {
        return capability == BackstageCapability.DROP_SOCKETS
                ? "this ready backstage does not drop the fake's sockets yet" : super.whyDeclined(capability);
    }

    /**
     * The backstage of the tenant of {@code credential} on {@code fake}.
     *
     * @param fake       a started fake
     * @param credential the tenant's credential (the key the port under test presents)
     * @return its backstage
     * @throws NullPointerException when an argument is null
     */
    public static FakeBackstage of(FakeUltraCart fake, String credential) {
        Objects.requireNonNull(fake, "fake must not be null");
        Objects.requireNonNull(credential, "credential must not be null");
        return new FakeBackstage(fake, credential);
    }
}
