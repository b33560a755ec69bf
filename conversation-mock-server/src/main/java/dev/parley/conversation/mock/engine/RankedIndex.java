package dev.parley.conversation.mock.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An order-statistic treap: entries ordered newest first by a time key (descending), ties broken by
 * id (ascending), with rank queries. Every operation is O(log n) expected, a range of k entries
 * O(log n + k). Not thread-safe: the owning tenant's lock guards it.
 *
 * <p>Keys are {@code (sortKey, id)} pairs and unique; an entry is re-keyed by removing it under its
 * old key and adding it under the new one.
 */
final class RankedIndex<V> {

    private static final class Node<V> {
        final long sortKey;
        final String id;
        final V value;
        final int priority;
        Node<V> left;
        Node<V> right;
        int size = 1;

        Node(long sortKey, String id, V value, int priority) {
            this.sortKey = sortKey;
            this.id = id;
            this.value = value;
            this.priority = priority;
        }
    }

    // Priorities only need to be independent of the keys; a fixed seed keeps runs reproducible.
    private final SplittableRandom priorities = new SplittableRandom(0x5EED_1DE7L);
    private Node<V> root;

    int size() {
        return size(root);
    }

    /** Adds an entry; the pair {@code (sortKey, id)} must not be present. O(log n) expected. */
    void add(long sortKey, String id, V value) {
        root = insert(root, new Node<>(sortKey, id, value, priorities.nextInt()));
    }

    /** Removes the entry with exactly this key; returns whether there was one. O(log n) expected. */
    boolean remove(long sortKey, String id) {
        int before = size(root);
        root = delete(root, sortKey, id);
        return size(root) != before;
    }

    /** How many entries have a sort key at or above {@code sortKey}: the rank of the first one strictly below. O(log n). */
    int countAtOrAbove(long sortKey) {
        int count = 0;
        Node<V> node = root;
        while (node != null) {
            if (node.sortKey >= sortKey) {
                count += size(node.left) + 1;
                node = node.right;
            } else {
                node = node.left;
            }
        }
        return count;
    }

    /** Up to {@code count} values from rank {@code from} on, in index order. O(log n + count). */
    List<V> range(int from, int count) {
        List<V> result = new ArrayList<>(Math.max(0, Math.min(count, size(root) - from)));
        if (from < 0 || from >= size(root) || count <= 0) {
            return result;
        }
        // The stack holds the in-order iterator's state positioned on rank `from`.
        Deque<Node<V>> stack = new ArrayDeque<>();
        Node<V> node = root;
        int rank = from;
        while (node != null) {
            int leftSize = size(node.left);
            if (rank < leftSize) {
                stack.push(node);
                node = node.left;
            } else if (rank == leftSize) {
                stack.push(node);
                node = null;
            } else {
                rank -= leftSize + 1;
                node = node.right;
            }
        }
        while (!stack.isEmpty() && result.size() < count) {
            Node<V> next = stack.pop();
            result.add(next.value);
            for (Node<V> child = next.right; child != null; child = child.left) {
                stack.push(child);
            }
        }
        return result;
    }

    void clear() {
        root = null;
    }

    /** The longest path from the root to a leaf, in nodes: what every operation's cost grows with. O(n). */
    int depth() {
        return depth(root);
    }

    private static int depth(Node<?> node) {
        return node == null ? 0 : 1 + Math.max(depth(node.left), depth(node.right));
    }

    /** Negative when {@code (sortKey, id)} comes before {@code node} in index order. */
    private static int compare(long sortKey, String id, Node<?> node) {
        int byTime = Long.compare(node.sortKey, sortKey);
        return byTime != 0 ? byTime : id.compareTo(node.id);
    }

    private static int size(Node<?> node) {
        return node == null ? 0 : node.size;
    }

    private static <V> Node<V> update(Node<V> node) {
        node.size = 1 + size(node.left) + size(node.right);
        return node;
    }

    private static <V> Node<V> insert(Node<V> node, Node<V> added) {
        if (node == null) {
            return added;
        }
        int order = compare(added.sortKey, added.id, node);
        if (order == 0) {
            throw new IllegalStateException("index already holds " + added.id + " at " + added.sortKey);
        }
        if (order < 0) {
            node.left = insert(node.left, added);
            if (node.left.priority > node.priority) {
                node = rotateRight(node);
            }
        } else {
            node.right = insert(node.right, added);
            if (node.right.priority > node.priority) {
                node = rotateLeft(node);
            }
        }
        return update(node);
    }

    private static <V> Node<V> delete(Node<V> node, long sortKey, String id) {
        if (node == null) {
            return null;
        }
        int order = compare(sortKey, id, node);
        if (order < 0) {
            node.left = delete(node.left, sortKey, id);
        } else if (order > 0) {
            node.right = delete(node.right, sortKey, id);
        } else {
            return merge(node.left, node.right);
        }
        return update(node);
    }

    /** Joins two treaps where every key of {@code left} precedes every key of {@code right}. */
    private static <V> Node<V> merge(Node<V> left, Node<V> right) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        if (left.priority > right.priority) {
            left.right = merge(left.right, right);
            return update(left);
        }
        right.left = merge(left, right.left);
        return update(right);
    }

    private static <V> Node<V> rotateRight(Node<V> node) {
        Node<V> pivot = node.left;
        node.left = pivot.right;
        pivot.right = update(node);
        return update(pivot);
    }

    private static <V> Node<V> rotateLeft(Node<V> node) {
        Node<V> pivot = node.right;
        node.right = pivot.left;
        pivot.left = update(node);
        return update(pivot);
    }
}
