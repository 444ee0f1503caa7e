/**
 * Side-by-side coverage comparison of articles that report one story: cross-lingual sentence
 * alignment ({@link dev.storylink.compare.CoverageComparer}) and the facts — numbers, names,
 * places, quoted statements — that one article reports and the other does not.
 */
package dev.storylink.compare;
