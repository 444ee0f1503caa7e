/**
 * Side-by-side coverage comparison of articles that report one story: cross-lingual sentence
 * alignment ({@link dev.storylink.compare.CoverageComparer}) and the facts — numbers, names,
 * places, quoted statements — that one article reports and the other does not.
 *
 * <p>Parts, each with one role: {@code SentenceSignatures} (the weighted keys of each sentence and
 * clause unit, in {@code Signature}s; keys from {@code MatchKeys}), {@code Cognates} (rare words by
 * 4-gram overlap), {@code SentenceScorer} (the score of a sentence pair), {@code SentenceAligner}
 * (a pure function from a score matrix to the aligned pairs), {@code FactDiff} (facts only in one
 * article or in both) and {@link dev.storylink.compare.ComparisonLimits} (the bounds on a
 * comparison's work and result). Which words are names is decided by {@link
 * dev.storylink.features.NameRules}; language rules live in {@code dev.storylink.text.ar} and
 * {@code dev.storylink.text.de}.
 */
package dev.storylink.compare;
