package io.infrasync.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** Implementations behind the {@link PageStream} factories. */
final class PageStreams {

    private PageStreams() {
    }

    static final class ListPages<T> implements PageStream<T> {
        private final List<T> items;
        private final int pageSize;
        private int next;

        ListPages(List<T> items, int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
            }
            this.items = items;
            this.pageSize = pageSize;
        }

        @Override
        public Optional<List<T>> nextPage() {
            if (next >= items.size()) {
                return Optional.empty();
            }
            int end = Math.min(items.size(), next + pageSize);
            List<T> page = items.subList(next, end);
            next = end;
            return Optional.of(page);
        }
    }

    static final class SuppliedPages<T> implements PageStream<T> {
        private final Supplier<Optional<List<T>>> pages;
        private final Runnable onClose;
        private boolean ended;
        private boolean closed;

        SuppliedPages(Supplier<Optional<List<T>>> pages, Runnable onClose) {
            this.pages = Objects.requireNonNull(pages, "pages is null");
            this.onClose = Objects.requireNonNull(onClose, "onClose is null");
        }

        @Override
        public Optional<List<T>> nextPage() {
            if (ended || closed) {
                return Optional.empty();
            }
            Optional<List<T>> page = Objects.requireNonNull(pages.get(), "page supplier returned null");
            if (page.isEmpty()) {
                ended = true;
                return page;
            }
            return Optional.of(List.copyOf(page.get()));
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                onClose.run();
            }
        }
    }
}
