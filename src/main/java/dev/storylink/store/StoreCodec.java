package dev.storylink.store;

import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;

/**
 * Lucene's default codec, with a Bloom filter on the postings of the {@link StoreSchema#ID} field.
 * Every read by id (a story, an event's story for each search hit, an article already stored) asks
 * each segment for the id; the store has dozens of segments and the id is in one of them, so most
 * look-ups are misses, which a Bloom filter answers without reading the terms dictionary. The
 * codec's name stays Lucene's: an index written with it is read by the default codec (the field's
 * postings format, {@code BloomFilter}, is found by name), and an index written before reads as
 * before (its segments have no filter; segments written or merged from now on have one).
 *
 * <p>Thread-safe (stateless).
 */
final class StoreCodec extends Lucene104Codec {
  private final PostingsFormat ids =
      new BloomFilteringPostingsFormat(super.getPostingsFormatForField(StoreSchema.ID));

  @Override
  public PostingsFormat getPostingsFormatForField(String field) {
    return StoreSchema.ID.equals(field) ? ids : super.getPostingsFormatForField(field);
  }
}
