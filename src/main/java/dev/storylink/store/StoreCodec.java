package dev.storylink.store;

import java.util.Set;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;

/**
 * Lucene's default codec, with a Bloom filter on the postings of the fields that name one record:
 * {@link StoreSchema#ID}, an article's {@link StoreSchema#EVENT} and an event's {@link
 * StoreSchema#STORY}. Every read by id (a story, an event's story for each search hit, an article
 * already stored) and every read of a record's members (the articles of a story's newest events,
 * the events of a story) asks each segment for the id; the store has dozens of segments and a
 * record's documents are in one or a few of them, so most look-ups are misses, which a Bloom filter
 * answers without reading the terms dictionary. The codec's name stays Lucene's: an index written
 * with it is read by the default codec (the field's postings format, {@code BloomFilter}, is found
 * by name), and an index written before reads as before (its segments have no filter; segments
 * written or merged from now on have one).
 *
 * <p>Thread-safe (stateless).
 */
final class StoreCodec extends Lucene104Codec {
  private static final Set<String> BLOOMED =
      Set.of(StoreSchema.ID, StoreSchema.EVENT, StoreSchema.STORY);

  private final PostingsFormat bloomed =
      new BloomFilteringPostingsFormat(super.getPostingsFormatForField(StoreSchema.ID));

  @Override
  public PostingsFormat getPostingsFormatForField(String field) {
    return BLOOMED.contains(field) ? bloomed : super.getPostingsFormatForField(field);
  }
}
