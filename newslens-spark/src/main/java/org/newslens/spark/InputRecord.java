package org.newslens.spark;

import java.io.Serializable;

/**
 * One unit of input before reading: the bytes of a file or of one JSON line/row, or the path of a
 * WARC file to stream, with where it came from.
 *
 * @param kind   {@code bytes} (a whole file, format sniffed), {@code json} (one JSON record), {@code warc} (path)
 */
record InputRecord(String kind, String source, byte[] bytes) implements Serializable {
}
