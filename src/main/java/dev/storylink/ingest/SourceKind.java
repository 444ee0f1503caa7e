package dev.storylink.ingest;

/**
 * What kind of input a CLI argument names; see {@link Sources#kindOf(String)}. Immutable and
 * thread-safe.
 */
public enum SourceKind {
  /** {@code "-"}: JSONL on standard input. */
  STDIN,
  /** An http(s) URL: a feed or a web page, decided by the response. */
  URL,
  /** A folder of article files. */
  FOLDER,
  /** A JSONL file ({@code .jsonl}, {@code .ndjson}, or sniffed). */
  JSONL,
  /** A JSON file holding an array of article objects. */
  JSON_ARRAY,
  /** An RSS or Atom feed file ({@code .xml}, {@code .rss}, {@code .atom}, or sniffed). */
  FEED,
  /** A single article file (JSON object, HTML or plain text). */
  ARTICLE,
  /** A path that does not exist. */
  MISSING
}
