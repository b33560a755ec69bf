package dev.parley.conversation.mock.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** One tenant's active faults, in the order they were added; each is used up after its {@code times}. */
final class FaultRules {
    private static final AtomicLong IDS = new AtomicLong();

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** Adds a fault and returns its id. */
    String add(Fault fault) {
        Rule rule = new Rule("fault-" + IDS.incrementAndGet(), fault);
        rules.add(rule);
        return rule.id;
    }

    void clear() {
        rules.clear();
    }

    /** The faults not used up yet, in the order they were added, each with its uses left. */
    List<ActiveFault> list() {
        List<ActiveFault> active = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            int left = rule.remaining.get();
            if (left > 0) {
                active.add(new ActiveFault(rule.id, rule.fault, left));
            }
        }
        return List.copyOf(active);
    }

    /** Removes the fault with this id; false when there is none (unknown, or used up). */
    boolean remove(String id) {
        return rules.removeIf(rule -> rule.id.equals(id) && rule.remaining.getAndSet(0) > 0);
    }

    /** The first fault matching the request that still has a use left, using it up; null when none. */
    Triggered consume(String method, String path) {
        for (Rule rule : rules) {
            if (rule.matches(method, path)) {
                int left = rule.remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0);
                if (left > 0) {
                    if (left == 1) {
                        rules.remove(rule);
                    }
                    return new Triggered(rule.id, rule.fault, rule.fault.times() - left + 1);
                }
            }
        }
        return null;
    }

    /**
     * A fault applied to one request.
     *
     * @param id    the fault's id
     * @param fault what to do
     * @param use   which use this is, from 1 to {@code fault.times()}
     */
    record Triggered(String id, Fault fault, int use) {
    }

    private static final class Rule {
        final String id;
        final Fault fault;
        final Pattern path;
        final AtomicInteger remaining;

        Rule(String id, Fault fault) {
            this.id = id;
            this.fault = fault;
            this.path = fault.pathRegex() == null ? null : Pattern.compile(fault.pathRegex());
            this.remaining = new AtomicInteger(fault.times());
        }

        boolean matches(String method, String requestPath) {
            return (fault.method() == null || fault.method().equals(method))
                    && (path == null || path.matcher(requestPath).matches());
        }
    }
}
