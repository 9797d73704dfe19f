package io.recapstudio.core.post;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Go's {@code sort.SliceStable}: insertion sort on blocks of 20, then SymMerge (Kim and Kutzner) of doubling runs.
 * Reproduced because Hugo orders page resources with a less function that is not a strict weak order, so only the
 * same algorithm gives the same order as Hugo.
 */
final class GoStableSort {

    private static final int BLOCK = 20;

    private GoStableSort() {
    }

    static <T> void sort(List<T> data, BiPredicate<T, T> less) {
        new Run<>(data, less).stable();
    }

    private record Run<T>(List<T> data, BiPredicate<T, T> lessThan) {

        boolean less(int i, int j) {
            return lessThan.test(data.get(i), data.get(j));
        }

        void swap(int i, int j) {
            T t = data.get(i);
            data.set(i, data.get(j));
            data.set(j, t);
        }

        void stable() {
            int n = data.size();
            int a = 0;
            int b = BLOCK;
            while (b <= n) {
                insertionSort(a, b);
                a = b;
                b += BLOCK;
            }
            insertionSort(a, n);
            int blockSize = BLOCK;
            while (blockSize < n) {
                a = 0;
                b = 2 * blockSize;
                while (b <= n) {
                    symMerge(a, a + blockSize, b);
                    a = b;
                    b += 2 * blockSize;
                }
                int m = a + blockSize;
                if (m < n) {
                    symMerge(a, m, n);
                }
                blockSize *= 2;
            }
        }

        void insertionSort(int a, int b) {
            for (int i = a + 1; i < b; i++) {
                for (int j = i; j > a && less(j, j - 1); j--) {
                    swap(j, j - 1);
                }
            }
        }

        /** Merges the sorted runs [a, m) and [m, b). */
        void symMerge(int a, int m, int b) {
            if (m - a == 1) {
                insertFirst(a, m, b);
                return;
            }
            if (b - m == 1) {
                insertLast(a, m, b);
                return;
            }
            int mid = (a + b) >>> 1;
            int n = mid + m;
            int start = m > mid ? n - b : a;
            int r = m > mid ? mid : m;
            int p = n - 1;
            while (start < r) {
                int c = (start + r) >>> 1;
                if (!less(p - c, c)) {
                    start = c + 1;
                } else {
                    r = c;
                }
            }
            int end = n - start;
            if (start < m && m < end) {
                rotate(start, m, end);
            }
            if (a < start && start < mid) {
                symMerge(a, start, mid);
            }
            if (mid < end && end < b) {
                symMerge(mid, end, b);
            }
        }

        /** Moves the single element at {@code a} into the sorted run [m, b) by binary search. */
        private void insertFirst(int a, int m, int b) {
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                swap(k, k + 1);
            }
        }

        /** Moves the single element at {@code m} into the sorted run [a, m) by binary search. */
        private void insertLast(int a, int m, int b) {
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                swap(k, k - 1);
            }
        }

        /** Rotates [a, b) so that [m, b) comes before [a, m), by block swaps. */
        void rotate(int a, int m, int b) {
            int i = m - a;
            int j = b - m;
            while (i != j) {
                if (i > j) {
                    swapRange(m - i, m, j);
                    i -= j;
                } else {
                    swapRange(m - i, m + j - i, i);
                    j -= i;
                }
            }
            swapRange(m - i, m, i);
        }

        void swapRange(int a, int b, int n) {
            for (int k = 0; k < n; k++) {
                swap(a + k, b + k);
            }
        }
    }
}
