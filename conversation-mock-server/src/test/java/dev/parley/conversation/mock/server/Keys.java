package dev.parley.conversation.mock.server;

import java.util.concurrent.atomic.AtomicInteger;

/** Credentials unique within a test run: each test gets a tenant of its own on a shared server. */
final class Keys {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Keys() {
    }

    static String unique(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }
}
