package io.hyperchain.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the best {@code limit} nodes seen so far in a bounded heap whose root is the worst kept:
 * n offers cost O(n log limit), and a node no better than the root costs one comparison.
 */
final class BestNodes {

    private final int limit;
    private final Comparator<NodeSnapshot> order;
    private NodeSnapshot[] heap;
    private int size;

    BestNodes(int limit, Comparator<NodeSnapshot> order) {
        this.limit = limit;
        this.order = order;
        this.heap = new NodeSnapshot[Math.min(limit, 16)];
    }

    void offer(NodeSnapshot node) {
        if (size < limit) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, Math.min(limit, size * 2));
            }
            heap[size] = node;
            siftUp(size++);
        } else if (order.compare(node, heap[0]) < 0) {
            heap[0] = node;
            siftDown(0);
        }
    }

    /** The kept node ids, best first; fails if the pool held one node twice. */
    List<Long> idsBestFirst() {
        NodeSnapshot[] kept = Arrays.copyOf(heap, size);
        Arrays.sort(kept, order);
        List<Long> ids = new ArrayList<>(size);
        Set<Long> seen = new HashSet<>();
        for (NodeSnapshot node : kept) {
            if (!seen.add(node.id())) {
                throw new IllegalArgumentException("node " + node.id() + " appears twice in the pool");
            }
            ids.add(node.id());
        }
        return ids;
    }

    // a max-heap by order: each parent is no better than its children
    private void siftUp(int index) {
        NodeSnapshot node = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (order.compare(node, heap[parent]) <= 0) {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = node;
    }

    private void siftDown(int index) {
        NodeSnapshot node = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && order.compare(heap[right], heap[child]) > 0) {
                child = right;
            }
            if (order.compare(node, heap[child]) >= 0) {
                break;
            }
            heap[index] = heap[child];
            index = child;
        }
        heap[index] = node;
    }
}
