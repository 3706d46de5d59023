package org.newslens.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.newslens.ingest.InputFormat;

/**
 * Generates hostile and broken inputs of seventeen kinds (truncated UTF-8, mixed encodings, NUL
 * bytes, 50 MB lines, deeply nested HTML, bidi and zero-width characters, 100,000 quote marks,
 * binary noise, broken JSON and JSONL, script soup, words without spaces, dense date words,
 * control characters, lone surrogates, endless sentences, empty input), deterministically from a
 * seed. Inputs are made one at a time, so a batch of any size needs little memory.
 */
public final class MalformedInputs {

    /** One input: its name says its kind; format empty means "recognise by content", as for stdin. */
    public record Input(String name, byte[] bytes, Optional<InputFormat> format) {
    }

    private static final String SAMPLE = "Syrian troops shelled eastern Aleppo on Tuesday, activists said. "
            + "\u201cWe will not leave,\u201d a commander told Meridian Wire, according to al-Watan. ";

    private record Kind(String name, Optional<InputFormat> format, Function<Random, byte[]> make) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("truncated-utf8", Optional.of(InputFormat.TEXT), r -> {
                byte[] full = ("Title \u00e9\u00e8 \u0627\u0644\u0634\u0627\u0645\n\n" + SAMPLE.repeat(1 + r.nextInt(20)))
                        .getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.copyOf(full, 1 + r.nextInt(full.length));
            }),
            new Kind("mixed-encodings", Optional.empty(), r -> concat(SAMPLE.getBytes(StandardCharsets.UTF_8),
                    "caf\u00e9 r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1),
                    SAMPLE.getBytes(StandardCharsets.UTF_16LE), noise(r, r.nextInt(64)))),
            new Kind("nul-bytes", Optional.of(InputFormat.TEXT), r -> sprinkle(r,
                    ("Title\n\n" + SAMPLE.repeat(5)).getBytes(StandardCharsets.UTF_8), (byte) 0, 1 + r.nextInt(200))),
            new Kind("50mb-line", Optional.of(InputFormat.TEXT), r -> {
                byte[] line = new byte[50_000_000 + r.nextInt(1000)];
                java.util.Arrays.fill(line, (byte) ('a' + r.nextInt(26)));
                return line;
            }),
            new Kind("deep-html", Optional.of(InputFormat.HTML), r -> {
                int depth = extreme(r) ? 100_000 : 500 + r.nextInt(5_000);
                String open = r.nextBoolean() ? "<div>" : "<span><b>";
                return ("<html><body>" + open.repeat(depth) + SAMPLE + "</div>".repeat(r.nextInt(depth)))
                        .getBytes(StandardCharsets.UTF_8);
            }),
            new Kind("bidi-zero-width", Optional.of(InputFormat.TEXT), r -> {
                String[] marks = {"\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200b", "\u200c", "\u200d",
                    "\ufeff", "\u061c"};
                StringBuilder text = new StringBuilder("Title\n\n");
                for (String word : SAMPLE.repeat(3).split(" ")) {
                    text.append(word).append(marks[r.nextInt(marks.length)]).append(' ');
                }
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }),
            new Kind("quote-marks", Optional.of(InputFormat.TEXT), r -> {
                String[] quotes = {"\"", "\u201c", "\u201d", "'", "\u00ab", "\u00bb"};
                StringBuilder text = new StringBuilder("Title\n\n");
                int n = extreme(r) ? 100_000 : 100 + r.nextInt(3_000);
                for (int i = 0; i < n; i++) {
                    text.append(quotes[r.nextInt(quotes.length)]);
                    if (r.nextInt(50) == 0) {
                        text.append(' ');
                    }
                }
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }),
            new Kind("binary-noise", Optional.empty(), r -> noise(r, extreme(r) ? 4_000_000 : 1 + r.nextInt(20_000))),
            new Kind("broken-json", Optional.of(InputFormat.JSON), r -> {
                String json = "{\"title\": \"T\", \"text\": \"" + SAMPLE + "\", \"published\": \"2016-13-45\","
                        + " \"nested\": " + "[".repeat(r.nextInt(5_000)) + "}";
                return json.substring(0, 1 + r.nextInt(json.length())).getBytes(StandardCharsets.UTF_8);
            }),
            new Kind("broken-jsonl", Optional.of(InputFormat.JSONL), r -> {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 1 + r.nextInt(20); i++) {
                    lines.append(switch (r.nextInt(4)) {
                        case 0 -> "{\"text\": \"" + SAMPLE + "\"}";
                        case 1 -> "{\"html\": \"<p>" + SAMPLE + "</p>\", \"title\": 42}";
                        case 2 -> "not json at all";
                        default -> "{\"text\": null}";
                    }).append('\n');
                }
                return lines.toString().getBytes(StandardCharsets.UTF_8);
            }),
            new Kind("script-soup", Optional.of(InputFormat.HTML), r -> ("<html><head><title><script>alert(1)"
                    + "</script></title></head><body onload=x()><p>" + SAMPLE + "<img src=x onerror=alert(1)>"
                    + "<a href=\"javascript:alert(1)\">x</a><iframe src=//evil></iframe>" + "<p>".repeat(r.nextInt(3000))
                    + "<!-- unterminated comment " + SAMPLE).getBytes(StandardCharsets.UTF_8)),
            new Kind("no-spaces", Optional.of(InputFormat.TEXT), r -> ("Title\n\n"
                    + "x".repeat(extreme(r) ? 200_000 : 1_000 + r.nextInt(10_000))).getBytes(StandardCharsets.UTF_8)),
            new Kind("dense-dates", Optional.of(InputFormat.TEXT), r -> ("Title\n\n" + "on Monday last week in March"
                    + " 2016 two days ago since 2012 yesterday ".repeat(extreme(r) ? 3_000 : 20 + r.nextInt(200)))
                    .getBytes(StandardCharsets.UTF_8)),
            new Kind("control-chars", Optional.of(InputFormat.TEXT), r -> {
                byte[] text = ("Title\n\n" + SAMPLE.repeat(4)).getBytes(StandardCharsets.UTF_8);
                return sprinkle(r, text, (byte) (1 + r.nextInt(31)), 1 + r.nextInt(100));
            }),
            new Kind("lone-surrogates", Optional.of(InputFormat.TEXT), r -> concat(
                    "Title\n\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    SAMPLE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF})),
            new Kind("endless-sentence", Optional.of(InputFormat.TEXT), r -> ("Title\n\n"
                    + "and the army shelled the town ".repeat(extreme(r) ? 5_000 : 50 + r.nextInt(400))).getBytes(StandardCharsets.UTF_8)),
            new Kind("empty-or-blank", Optional.empty(), r -> " \n\t\r ".repeat(r.nextInt(3))
                    .getBytes(StandardCharsets.UTF_8)));

    private MalformedInputs() {
    }

    public static int kinds() {
        return KINDS.size();
    }

    /** Input number {@code i} of a batch: kinds in turn, variants from the seed. */
    public static Input input(long seed, int i) {
        Kind kind = KINDS.get(i % KINDS.size());
        Random random = new Random(seed * 1_000_003L + i);
        return new Input(String.format("%05d-%s", i, kind.name()), kind.make().apply(random), kind.format());
    }

    /** Every kind's inputs in a batch of {@code count}: the 50 MB lines are few, one in 400. */
    public static List<Integer> indexes(int count) {
        List<Integer> indexes = new ArrayList<>();
        int fiftyMb = KINDS.indexOf(KINDS.stream().filter(k -> k.name().equals("50mb-line")).findFirst().orElseThrow());
        for (int i = 0; indexes.size() < count; i++) {
            if (i % KINDS.size() != fiftyMb || i % (KINDS.size() * 25) == fiftyMb) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** One variant in 25 of a kind is its extreme size; the rest are the ordinary broken inputs of a feed. */
    private static boolean extreme(Random r) {
        return r.nextInt(25) == 0;
    }

    private static byte[] noise(Random r, int n) {
        byte[] bytes = new byte[n];
        r.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sprinkle(Random r, byte[] bytes, byte value, int times) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < times; i++) {
            copy[r.nextInt(copy.length)] = value;
        }
        return copy;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
