package dev.parley.conversation.wire;

import java.io.InputStream;
import java.util.Objects;

/**
 * A JSON body in UTF-8, made of byte ranges kept elsewhere (an envelope written for this body, and the
 * JSON a server keeps for each summary or message), read in order without joining them: a server hands
 * {@link #inputStream()} to its HTTP layer, and a listing is copied once, from the kept arrays to the
 * socket's buffer. Immutable; the arrays it reads from must not change.
 */
public final class JsonBody {
    private static final byte[] COMMA = {','};

    private final byte[][] arrays;
    private final int[] offsets;
    private final int[] lengths;
    private final int size;

    private JsonBody(byte[][] arrays, int[] offsets, int[] lengths, int size) {
        this.arrays = arrays;
        this.offsets = offsets;
        this.lengths = lengths;
        this.size = size;
    }

    /**
     * {@code around} with {@code items} between {@code around[open - 1]} and {@code around[open]}, separated
     * by commas.
     */
    static JsonBody spliced(byte[] around, int open, byte[][] items) {
        int count = 2 + Math.max(0, 2 * items.length - 1);
        byte[][] arrays = new byte[count][];
        int[] offsets = new int[count];
        int[] lengths = new int[count];
        long size = around.length;
        arrays[0] = around;
        lengths[0] = open;
        int at = 1;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                arrays[at] = COMMA;
                lengths[at++] = 1;
                size++;
            }
            arrays[at] = items[i];
            lengths[at++] = items[i].length;
            size += items[i].length;
        }
        arrays[at] = around;
        offsets[at] = open;
        lengths[at] = around.length - open;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a body of " + size + " bytes is larger than an array holds");
        }
        return new JsonBody(arrays, offsets, lengths, (int) size);
    }

    /**
     * How many bytes the body holds.
     *
     * @return its size in bytes
     */
    public int size() {
        return size;
    }

    /**
     * The body in one new array.
     *
     * @return its bytes
     */
    public byte[] toByteArray() {
        byte[] bytes = new byte[size];
        int to = 0;
        for (int i = 0; i < arrays.length; i++) {
            System.arraycopy(arrays[i], offsets[i], bytes, to, lengths[i]);
            to += lengths[i];
        }
        return bytes;
    }

    /**
     * A new stream of the body's bytes, which copies from the kept arrays as it is read; its
     * {@code available()} is what remains.
     *
     * @return the stream
     */
    public InputStream inputStream() {
        return new Reading();
    }

    @Override
    public String toString() {
        return "JsonBody[" + size + " bytes in " + arrays.length + " ranges]";
    }

    private final class Reading extends InputStream {
        private int range;
        private int within;
        private int read;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int off, int len) {
            Objects.checkFromIndexSize(off, len, into.length);
            if (len == 0) {
                return 0;
            }
            if (read == size) {
                return -1;
            }
            int copied = 0;
            while (copied < len && range < arrays.length) {
                int left = lengths[range] - within;
                if (left == 0) {
                    range++;
                    within = 0;
                    continue;
                }
                int n = Math.min(left, len - copied);
                System.arraycopy(arrays[range], offsets[range] + within, into, off + copied, n);
                within += n;
                copied += n;
            }
            read += copied;
            return copied;
        }

        @Override
        public int available() {
            return size - read;
        }
    }
}
