package dev.parley.conversation.mock.server;

/**
 * What the server keeps per tenant besides the engine's data: its request journal and its faults.
 *
 * @param journal the requests received
 * @param faults  the faults still to apply
 */
record TenantSide(Journal journal, FaultRules faults) {
}
