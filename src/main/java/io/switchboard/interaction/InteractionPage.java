package io.switchboard.interaction;

import java.util.List;

/** One page of interactions, newest first: {@code page} counts from 0; {@code total} matches the filter. */
public record InteractionPage(List<InteractionView> items, int page, int size, long total) {

	public InteractionPage {
		items = List.copyOf(items);
	}

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
