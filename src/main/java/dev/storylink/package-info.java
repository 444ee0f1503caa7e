/**
 * StoryLink: finds the same news story across languages.
 *
 * <p>Packages follow the pipeline: {@code text} (language id, script folding, tokenizing) → {@code
 * features} (term vectors, entities, numbers, dates) → {@code link} (pair scorer + reasons) →
 * {@code cluster} (online event clusterer, story linker) → {@code store} (embedded Lucene store) →
 * {@code compare} (sentence alignment, facts only in one article) → {@code ingest}, {@code cli},
 * {@code server}, {@code eval}.
 */
package dev.storylink;
