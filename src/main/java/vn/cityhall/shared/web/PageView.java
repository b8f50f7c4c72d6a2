package vn.cityhall.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list for a template, with what the pagination component needs.
 *
 * @param number zero-based page number
 */
public record PageView<T>(List<T> items, int number, int size, long totalItems) {

    public static <S, T> PageView<T> of(org.springframework.data.domain.Page<S> page, Function<S, T> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
