package dev.parley.conversation.mock.tck;

import dev.parley.conversation.domain.ConversationPort;
import dev.parley.conversation.tck.Backstage;

/**
 * One deliberate defect of an implementation: what it does to the port and, for defects of the
 * fake's own side (how it records what customers do), to the backstage. One instance serves one
 * test, so a defect may keep state across the tenants of that test.
 */
interface Breakage {

    /** The port with the defect. */
    ConversationPort port(ConversationPort correct);

    /** The backstage with the defect; unchanged by default. */
    default Backstage backstage(Backstage correct) {
        return correct;
    }

    /**
     * A port of the implementation presenting a credential it should refuse, for the bad-credential
     * rule; none (the kit skips the rule) by default.
     */
    default ConversationPort portWithBadCredential(dev.parley.conversation.mock.engine.ConversationEngine engine) {
        return null;
    }

    /** The realtime port with the defect; unchanged by default. */
    default dev.parley.conversation.domain.RealtimePort realtime(dev.parley.conversation.domain.RealtimePort correct) {
        return correct;
    }

    /** A defect of the port alone. */
    static Breakage ofPort(java.util.function.UnaryOperator<ConversationPort> defect) {
        return defect::apply;
    }

    /** A defect of the realtime port alone. */
    static Breakage ofRealtime(java.util.function.UnaryOperator<dev.parley.conversation.domain.RealtimePort> defect) {
        return new Breakage() {
            @Override
            public ConversationPort port(ConversationPort correct) {
                return correct;
            }

            @Override
            public dev.parley.conversation.domain.RealtimePort realtime(dev.parley.conversation.domain.RealtimePort correct) {
                return defect.apply(correct);
            }
        };
    }
}
