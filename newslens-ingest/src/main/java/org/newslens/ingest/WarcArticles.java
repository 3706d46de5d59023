package org.newslens.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The articles in a WARC file (a web crawl, Common Crawl News): every successful HTTP response (or
 * resource record) whose payload is HTML or plain text, read lazily record by record, so a
 * multi-gigabyte archive streams through. Requests, metadata, redirects, errors, images and
 * scripts are not articles and are passed over; a record too large or a damaged archive is a
 * failure naming the file, the record and the problem, and the records before it stay read.
 */
final class WarcArticles {

    /** Parses one payload as the given format; supplied by {@link ArticleReader}. */
    interface PayloadParser {
        Stream<ReadOutcome> parse(byte[] bytes, String source, String id, InputFormat format);
    }

    private WarcArticles() {
    }

    static Stream<ReadOutcome> read(InputStream in, String file, String fileId, long maxRecordBytes, PayloadParser parser) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            return Stream.of(new ReadOutcome.Failed(file, "not a readable WARC file: " + message(e)));
        }
        reader.setLenient(true);
        Iterator<Stream<ReadOutcome>> records = new Iterator<>() {
            private int number;
            private boolean done;
            private boolean any;
            private Stream<ReadOutcome> next;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Stream<ReadOutcome> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Stream<ReadOutcome> out = next;
                next = null;
                return out;
            }

            /** The outcomes of the next record: empty for records that are not articles, null at the end. */
            private Stream<ReadOutcome> advance() {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    done = true;
                    any = true;
                    return Stream.of(new ReadOutcome.Failed(file + "#" + (number + 1),
                            "damaged WARC: cannot read record " + (number + 1) + " (" + message(e) + "); "
                                    + number + " records before it were read"));
                }
                if (record.isEmpty()) {
                    done = true;
                    // A file with no article in it says so: nothing is dropped silently.
                    return any ? null : Stream.of(new ReadOutcome.Failed(file, number == 0 ? "WARC file holds no records"
                            : "WARC file holds no articles: " + number + " records, none an HTML or text response"));
                }
                number++;
                try {
                    List<ReadOutcome> outcomes = article(record.get(), number);
                    any |= !outcomes.isEmpty();
                    return outcomes.stream();
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    any = true;
                    return Stream.of(new ReadOutcome.Failed(file + "#" + number, "cannot read WARC record: " + message(e)));
                }
            }

            /** The outcomes of one record: none when it is not an article (a request, an image, a redirect). */
            private List<ReadOutcome> article(WarcRecord record, int n) throws IOException {
                if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
                    return List.of();
                }
                WarcTargetRecord target = (WarcTargetRecord) record;
                String source = file + "#" + n + " " + target.target();
                InputStream body;
                MediaType type;
                if (record instanceof WarcResponse response) {
                    if (!response.contentType().base().equals(MediaType.HTTP)) {
                        return List.of();
                    }
                    HttpResponse http = response.http();
                    if (http.status() < 200 || http.status() >= 300) {
                        return List.of();
                    }
                    type = http.contentType();
                    body = http.bodyDecoded().stream();
                } else {
                    type = record.contentType();
                    body = record.body().stream();
                }
                Optional<InputFormat> format = formatOf(type);
                if (format.isEmpty()) {
                    return List.of();
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
                if (bytes.length > maxRecordBytes) {
                    return List.of(new ReadOutcome.Failed(source, "WARC record too large: over " + maxRecordBytes
                            + " bytes (raise it with --max-bytes)"));
                }
                if (bytes.length == 0) {
                    return List.of(new ReadOutcome.Failed(source, "WARC record has an empty payload"));
                }
                try (Stream<ReadOutcome> parsed = parser.parse(bytes, source, fileId + "-" + n, format.get())) {
                    return parsed.toList();
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
                .flatMap(s -> s)
                .onClose(() -> closeQuietly(reader));
    }

    private static Optional<InputFormat> formatOf(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (List.of("text/html", "application/xhtml+xml").contains(base)) {
            return Optional.of(InputFormat.HTML);
        }
        if (base.equals("text/plain")) {
            return Optional.of(InputFormat.TEXT);
        }
        return Optional.empty();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Nothing to report: the outcomes already say what was read.
        }
    }
}
