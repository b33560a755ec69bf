package dev.parley.conversation.wire;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.reflect.Type;

/**
 * A Moshi adapter made on first use: making every adapter of the contract's bodies costs as much as a
 * server's start, and most programs use a few of them. Safe for use from many threads (two threads may
 * both make it; Moshi keeps one).
 *
 * @param <D> the JSON model type
 */
final class LazyAdapter<D> {
    private final Moshi moshi;
    private final Type type;
    private volatile JsonAdapter<D> adapter;

    LazyAdapter(Moshi moshi, Type type) {
        this.moshi = moshi;
        this.type = type;
    }

    static <D> LazyAdapter<D> of(Moshi moshi, Class<D> type) {
        return new LazyAdapter<>(moshi, type);
    }

    JsonAdapter<D> get() {
        JsonAdapter<D> made = adapter;
        if (made == null) {
            made = moshi.adapter(type);
            adapter = made;
        }
        return made;
    }
}
