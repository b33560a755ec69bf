package dev.parley.conversation.tck.fake;

import dev.parley.conversation.mock.server.FakeUltraCart;
import dev.parley.conversation.tck.Backstage;
import dev.parley.conversation.tck.BackstageCapability;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The kit's {@link Backstage} for one tenant of an embedded {@link FakeUltraCart}: the engine's control
 * of that tenant ({@link EngineBackstage}), and the fake server's own control of its sockets, so it also
 * offers {@code DROP_SOCKETS}: {@link #dropSockets()} cuts every websocket the tenant holds.
 *
 * <pre>{@code
 * new TckTenant(myClientFor(fake.baseUrl(), key), FakeBackstage.of(fake, key))
 * }</pre>
 */
public final class FakeBackstage extends EngineBackstage {

    private final FakeUltraCart fake;
    private final String credential;

    private FakeBackstage(FakeUltraCart fake, String credential) {
        super(fake.engine().control(credential));
        this.fake = fake;
        this.credential = credential;
    }

    @Override
    public Set<BackstageCapability> capabilities() {
        Set<BackstageCapability> offered = EnumSet.copyOf(super.capabilities());
        offered.add(BackstageCapability.DROP_SOCKETS);
        return offered;
    }

    @Override
    public void dropSockets() {
        fake.control(credential).dropSockets();
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
