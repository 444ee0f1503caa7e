package dev.storylink.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;

/**
 * The JSON of the records the store keeps in {@link StoreSchema#JSON} (articles, events, stories):
 * written with the store's mapper, read back skipping the fields a newer store added. Stateless and
 * thread-safe (the mapper is configured once and only used afterwards).
 */
final class StoredJson {
  /** The store's mapper: a newer store's extra fields are skipped. */
  static final ObjectMapper MAPPER = Json.STORE;

  private StoredJson() {}

  /** The stored JSON of a record. */
  static String toJson(Object record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record read back from its stored JSON. */
  static <T> T fromJson(String json, Class<T> cls) {
    try {
      return MAPPER.readValue(json, cls);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt record in store: " + e.getMessage(), e);
    }
  }

  /** The record a document stores. */
  static <T> T record(Document d, Class<T> cls) {
    return fromJson(d.get(StoreSchema.JSON), cls);
  }
}
