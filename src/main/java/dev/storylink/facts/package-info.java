/**
 * Story facts across all coverage: the facts of each article under language-neutral keys with each
 * text's own surface form (names, places, dates in any calendar, numbers with their role and unit,
 * quotes with their speaker, the event type: {@link dev.storylink.facts.FactExtractor}), and a
 * story's fact matrix (rows are facts, columns its articles; cells reported, not reported or
 * conflicting: {@link dev.storylink.facts.FactMatrixBuilder}, {@link
 * dev.storylink.facts.ConflictDetector}) with the first report of each fact, the facts only one
 * outlet has and the sentences that align with nothing ({@link
 * dev.storylink.facts.StoryAlignment}). {@link dev.storylink.facts.StoryFacts} is the entry point
 * (the API, the command line and the benchmark use it).
 */
package dev.storylink.facts;
