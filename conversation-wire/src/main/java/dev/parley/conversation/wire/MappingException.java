package dev.parley.conversation.wire;

/**
 * Well-formed JSON that does not map to a valid domain value (a blank id, a missing required field,
 * a negative count), with the JSON path of the offending value. {@link WireCodec} turns it into the
 * domain exception of its side.
 */
final class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MappingException(String problem, Where path, Throwable cause) {
        super(problem + " at path " + path, cause);
    }
}
