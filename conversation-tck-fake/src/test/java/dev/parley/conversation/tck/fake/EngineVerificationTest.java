package dev.parley.conversation.tck.fake;

/**
 * The ready engine verification, as a user extends it: no backstage, no adapter, nothing overridden. The
 * whole kit runs on the engine's own port, the bad-credential rule included.
 */
class EngineVerificationTest extends EngineVerification {
}
