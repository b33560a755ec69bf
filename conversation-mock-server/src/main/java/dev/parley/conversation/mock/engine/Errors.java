package dev.parley.conversation.mock.engine;

import dev.parley.conversation.domain.ErrorDetails;
import dev.parley.conversation.domain.InvalidRequestException;
import dev.parley.conversation.domain.NotFoundException;
import java.util.Objects;

/** The domain exceptions the engine throws, with UltraCart's error fields filled in. */
final class Errors {
    private Errors() {
    }

    static NotFoundException notFound(String what, String objectId) {
        String developerMessage = what + " " + objectId + " does not exist for this merchant";
        return new NotFoundException(developerMessage, 404,
                new ErrorDetails(developerMessage, "The " + what + " could not be found.", objectId, null, null),
                null);
    }

    static InvalidRequestException invalid(String developerMessage, String userMessage, String objectId) {
        return new InvalidRequestException(developerMessage, 400,
                new ErrorDetails(developerMessage, userMessage, objectId, null, null), null);
    }

    /**
     * A port argument: a null one is a {@link NullPointerException} naming it, as
     * {@link dev.parley.conversation.domain.ConversationPort} documents for every implementation.
     */
    static <T> T argument(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
