/**
 * Reading articles into StoryLink: single article files (JSON, HTML, plain text), JSONL
 * collections, folders, RSS/Atom feeds and web pages (near-duplicate detection is a clustering
 * step: {@link dev.storylink.cluster.NearDuplicateDetector}).
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.storylink.ingest.ArticleReader} reads exactly one article (CLI {@code link} and
 *       {@code compare}); bad input raises {@link dev.storylink.core.InputException}.
 *   <li>{@link dev.storylink.ingest.Sources} streams the articles of many files, folders and URLs
 *       (CLI {@code ingest}); bad records are reported as {@link
 *       dev.storylink.ingest.IngestProblem} and the rest is still read.
 * </ul>
 *
 * <p>All text input is guarded by {@link dev.storylink.ingest.InputGuard} (size limit, empty,
 * binary and invalid UTF-8 detection, BOM handling).
 */
package dev.storylink.ingest;
