package vn.cityhall.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Picks items at random in proportion to their weights. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Weighted<T> of(List<T> candidates, ToDoubleFunction<T> weight) {
        List<T> items = new ArrayList<>();
        double[] cumulative = new double[candidates.size()];
        double sum = 0;
        for (T candidate : candidates) {
            double w = weight.applyAsDouble(candidate);
            if (w > 0) {
                sum += w;
                cumulative[items.size()] = sum;
                items.add(candidate);
            }
        }
        return new Weighted<>(List.copyOf(items), Arrays.copyOf(cumulative, items.size()));
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** A random item, {@code null} when there are none. */
    T pick(SplittableRandom random) {
        if (items.isEmpty()) {
            return null;
        }
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, point);
        index = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
