package dev.parley.conversation.wire;

/**
 * Where a value sits in a JSON document, as Moshi writes paths ({@code $.conversations[3].participants[0]}),
 * made into text only when a message needs it: mapping a listing names thousands of places and reports
 * none of them when all is well.
 */
final class Where {
    /** The document itself, {@code $}. */
    static final Where ROOT = new Where(null, "$", -1);

    private final Where parent;
    private final String field;
    private final int index;

    private Where(Where parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    /** The member {@code name} of the object here. */
    Where field(String name) {
        return new Where(this, name, -1);
    }

    /** Element {@code i} of the array here. */
    Where index(int i) {
        return new Where(this, null, i);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent == null) {
            text.append(field);
            return;
        }
        parent.append(text);
        if (field != null) {
            text.append('.').append(field);
        } else {
            text.append('[').append(index).append(']');
        }
    }
}
