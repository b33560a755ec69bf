package dev.parley.conversation.domain;

import java.util.List;
import java.util.Objects;

/** Validation shared by the domain's compact constructors; every message names the bad value. */
final class Checks {
    private Checks() {
    }

    static String nonBlank(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank but was \"" + value + "\"");
        }
        return value;
    }

    static <T> T nonNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static int between(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + " but was " + value);
        }
        return value;
    }

    static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
        }
        return value;
    }

    /** An immutable copy; {@code null} becomes the empty list, a {@code null} element is refused. */
    static <T> List<T> list(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(name + " must not contain null but element " + i + " was null");
            }
        }
        return List.copyOf(values);
    }
}
