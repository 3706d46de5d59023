package org.newslens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.newslens.core.model.Article;
import org.newslens.ingest.html.HtmlArticleParser;
import org.newslens.ingest.json.JsonArticleParser;
import org.newslens.ingest.text.PlainTextParser;
import org.newslens.ingest.text.TextDecoder;

/**
 * Reads articles from files, folders (recursively) and stdin ({@code -}). Every input yields
 * either articles or a one-line failure naming it; one bad input never stops the others.
 * Files are read one at a time as the returned stream is consumed. Thread-safe.
 */
public final class ArticleReader {

    /** Inputs larger than this are refused: a page of news is kilobytes, and analysis time grows with size. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;
    private final InputFinder finder = new InputFinder();
    private final TextDecoder decoder = new TextDecoder();
    private final PlainTextParser textParser = new PlainTextParser();
    private final HtmlArticleParser htmlParser = new HtmlArticleParser();
    private final JsonArticleParser jsonParser = new JsonArticleParser();

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads every input named; {@code "-"} reads stdin from {@code stdin}. */
    public Stream<ReadOutcome> read(List<String> inputs, InputStream stdin) {
        return inputs.stream().flatMap(input -> input.equals("-")
                ? readStdin(stdin)
                : finder.find(Path.of(input)).stream().flatMap(found -> found.failure() != null
                        ? Stream.of(found.failure())
                        : readFile(found.path(), found.explicit())));
    }

    /** Reads one file; a named file with an unknown extension is recognised by its content. */
    public Stream<ReadOutcome> readFile(Path path, boolean explicit) {
        String source = path.toString();
        if (InputFormat.byExtension(path.getFileName().toString()).orElse(null) == InputFormat.WARC) {
            return readWarc(path);
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return fail(source, "file too large: " + size + " bytes, limit " + maxBytes
                        + " (raise it with --max-bytes)");
            }
            byte[] bytes = Files.readAllBytes(path);
            return parse(bytes, source, idOf(path), InputFormat.byExtension(path.getFileName().toString()));
        } catch (NoSuchFileException e) {
            return fail(source, "no such file");
        } catch (AccessDeniedException e) {
            return fail(source, "cannot read: permission denied");
        } catch (IOException e) {
            return fail(source, "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : " " + e.getMessage()));
        } catch (OutOfMemoryError e) {
            return fail(source, "not enough memory to read it");
        }
    }

    /** A web archive streams record by record: the size limit applies to each record, not to the file. */
    private Stream<ReadOutcome> readWarc(Path path) {
        String name = path.getFileName().toString();
        String id = name.replaceFirst("(?i)\\.warc(\\.gz)?$", "");
        try {
            return WarcArticles.read(Files.newInputStream(path), path.toString(), id, maxBytes, this::payload);
        } catch (NoSuchFileException e) {
            return fail(path.toString(), "no such file");
        } catch (AccessDeniedException e) {
            return fail(path.toString(), "cannot read: permission denied");
        } catch (IOException e) {
            return fail(path.toString(), "cannot read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Reads a web archive from a stream (a file in a distributed file system, say), record by record;
     * the stream is closed when the returned stream is.
     */
    public Stream<ReadOutcome> readWarc(InputStream in, String source, String id) {
        return WarcArticles.read(in, source, id, maxBytes, this::payload);
    }

    private Stream<ReadOutcome> payload(byte[] bytes, String source, String id, InputFormat format) {
        return parse(bytes, source, id, java.util.Optional.of(format));
    }

    private Stream<ReadOutcome> readStdin(InputStream stdin) {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return fail("-", "input on stdin too large: over " + maxBytes + " bytes (raise it with --max-bytes)");
            }
            return parse(bytes, "-", "stdin", java.util.Optional.empty());
        } catch (IOException e) {
            return fail("-", "cannot read stdin: " + e.getMessage());
        }
    }

    /**
     * Reads articles from bytes received some other way (an upload, a request body): decoded and
     * parsed exactly as a file would be, the format given or, when empty, recognised by content.
     */
    public Stream<ReadOutcome> readBytes(byte[] bytes, String source, String id,
                                         java.util.Optional<InputFormat> format) {
        if (bytes.length > maxBytes) {
            return fail(source, "input too large: " + bytes.length + " bytes, limit " + maxBytes);
        }
        return parse(bytes, source, id, format);
    }

    private Stream<ReadOutcome> parse(byte[] bytes, String source, String id, java.util.Optional<InputFormat> format) {
        if (format.map(f -> f == InputFormat.WARC).orElse(InputFormat.looksLikeWarc(bytes))) {
            return WarcArticles.read(new java.io.ByteArrayInputStream(bytes), source, id, maxBytes, this::payload);
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (InputException e) {
            return fail(source, e.getMessage());
        }
        String note = decoded.encoding().equals("UTF-8") ? null : "decoded as " + decoded.encoding();
        InputFormat kind = format.orElseGet(() -> InputFormat.sniff(decoded.text()));
        return switch (kind) {
            case TEXT -> Stream.of(new ReadOutcome.Read(textParser.parse(id, source, decoded.text()), note));
            case HTML -> single(source, note, () -> htmlParser.parse(id, source, decoded.text()));
            case JSON -> jsonDocument(decoded.text(), source, id, note);
            case JSONL -> jsonLines(decoded.text(), source, id, note);
            case WARC -> throw new IllegalStateException("WARC is read before decoding");
        };
    }

    private Stream<ReadOutcome> jsonDocument(String text, String source, String id, String note) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return fail(source, "malformed JSON" + where(e, true) + ": " + e.getOriginalMessage());
        }
        if (root != null && root.isArray()) {
            if (root.isEmpty()) {
                return fail(source, "JSON array holds no articles");
            }
            return IntStream.range(0, root.size()).mapToObj(i -> record(root.get(i), id + "-" + (i + 1),
                    source + "#" + (i + 1), note));
        }
        return Stream.of(record(root, id, source, note));
    }

    private Stream<ReadOutcome> jsonLines(String text, String source, String id, String note) {
        String[] lines = text.split("\r?\n", -1);
        List<ReadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "");
            if (line.isBlank()) {
                continue;
            }
            String lineSource = source + "#" + (i + 1);
            try {
                outcomes.add(record(JSON.readTree(line), id + "-" + (i + 1), lineSource, note));
            } catch (JsonProcessingException e) {
                outcomes.add(new ReadOutcome.Failed(lineSource, "malformed JSON" + where(e, false) + ": "
                        + e.getOriginalMessage()));
            }
        }
        if (outcomes.isEmpty()) {
            return fail(source, "JSONL file holds no records");
        }
        return outcomes.stream();
    }

    /** " at line L, column C" — or nothing: limits such as nesting depth are reported without a location. */
    private static String where(JsonProcessingException e, boolean withLine) {
        if (e.getLocation() == null) {
            return "";
        }
        return (withLine ? " at line " + e.getLocation().getLineNr() + "," : " at") + " column "
                + e.getLocation().getColumnNr();
    }

    private ReadOutcome record(JsonNode node, String fallbackId, String source, String note) {
        try {
            return new ReadOutcome.Read(jsonParser.parse(node, fallbackId, source), note);
        } catch (InputException e) {
            return new ReadOutcome.Failed(source, e.getMessage());
        }
    }

    private interface ArticleSupplier {
        Article get() throws InputException;
    }

    private static Stream<ReadOutcome> single(String source, String note, ArticleSupplier supplier) {
        try {
            return Stream.of(new ReadOutcome.Read(supplier.get(), note));
        } catch (InputException e) {
            return fail(source, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(source, "cannot parse: " + e.getClass().getSimpleName());
        }
    }

    private static Stream<ReadOutcome> fail(String source, String reason) {
        return Stream.of(new ReadOutcome.Failed(source, reason));
    }

    static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
