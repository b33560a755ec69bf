package dev.parley.conversation.mock.server;

/**
 * A fault of a tenant that is not used up yet, as {@link FakeTenant#faults()} lists it.
 *
 * @param id        the fault's id, as {@link FakeTenant#addFault(Fault)} returned it
 * @param fault     what the fault does
 * @param remaining how many more matching requests it will fail, at least 1
 */
public record ActiveFault(String id, Fault fault, int remaining) {
}
