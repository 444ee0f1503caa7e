package dev.storylink.store;

/**
 * A point-in-time view of one opened store ({@link ArticleStore#readerStamp}): reads under equal
 * stamps see the same records. Immutable and thread-safe.
 *
 * @param store the opened store's number (each {@link ArticleStore} opened in this process has its
 *     own)
 * @param version its searcher's index version at that point
 */
public record ReaderStamp(long store, long version) {}
