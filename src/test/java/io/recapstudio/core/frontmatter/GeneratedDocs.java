package io.recapstudio.core.frontmatter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates valid front matter in YAML, TOML and JSON with the variety real posts show (quoting styles, date styles,
 * flow and block lists, nested maps, block scalars, lists of maps, comments, blank lines, CRLF), and random values to
 * write into them. Everything is driven by one seed so a failing case can be replayed.
 */
final class GeneratedDocs {

    static final List<String> KEYS = List.of("title", "date", "lastmod", "description", "author", "tags",
            "categories", "draft", "url", "slug", "params", "resources", "weight", "summary", "notes", "custom_key",
            "Mixed-Case", "aliases", "images", "sponsors", "event", "venue");

    private static final String[] WORDS = {"Harbour", "cloud native", "recap-2031", "Pier 9", "caf\u00e9",
        "\uD83D\uDEA2 ship", "talks"};
    private static final String[] PIECES = {"plain", "Harbour Days", "yes", "12", "a: b", "#x", "it's",
        "say \"hi\"", "caf\u00e9 \u2615", "\uD83D\uDEA2", "multi\nline", "tab\there", "trailing ", " leading", "",
        "back\\slash", "[x]", "{y}", "a, b", "- item", "*", "&", "~", "null", "2031-06-12", "%", "@", "`", "|", ">",
        "\u0085", "x\r", "end\n", "two\n\n", "---", "+++", "...", "'quoted'", "<html>", "?"};

    private final Random random;

    GeneratedDocs(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    /** A post with front matter in {@code format} and a short body. */
    String post(FrontMatterFormat format) {
        List<String> keys = new ArrayList<>(KEYS);
        java.util.Collections.shuffle(keys, random);
        List<String> chosen = keys.subList(0, 3 + random.nextInt(8));
        String le = random.nextInt(4) == 0 ? "\r\n" : "\n";
        String block = switch (format) {
            case YAML -> yaml(chosen);
            case TOML -> toml(chosen);
            case JSON -> json(chosen);
        };
        String leading = random.nextInt(6) == 0 ? "\n" : "";
        return (leading + block + "Body with {{< youtube abc >}}\n").replace("\n", le);
    }

    private String yaml(List<String> keys) {
        StringBuilder out = new StringBuilder("---\n");
        int indent = random.nextBoolean() ? 2 : 4;
        String pad = " ".repeat(indent);
        for (String key : keys) {
            if (random.nextInt(5) == 0) {
                out.append(random.nextBoolean() ? "# a comment about " + key + "\n" : "\n");
            }
            String k = key.contains(" ") ? "\"" + key + "\"" : key;
            String comment = random.nextInt(5) == 0 ? " # note" : "";
            switch (random.nextInt(14)) {
                case 0 -> out.append(k).append(": ").append(plainWord()).append(comment).append('\n');
                case 1 -> out.append(k).append(": \"").append(pick(WORDS)).append(": #1\"").append(comment)
                        .append('\n');
                case 2 -> out.append(k).append(": 'it''s ").append(pick(WORDS)).append("'\n");
                case 3 -> out.append(k).append(": ").append(random.nextInt(1000)).append(comment).append('\n');
                case 4 -> out.append(k).append(": ").append(pick(new String[] {"yes", "no", "true", "False"}))
                        .append('\n');
                case 5 -> out.append(k).append(": ").append(yamlDate()).append(comment).append('\n');
                case 6 -> out.append(k).append(": [").append(plainWord()).append(", \"b c\", d]\n");
                case 7 -> out.append(k).append(":\n").append(random.nextBoolean() ? "" : pad).append("- a\n")
                        .append(out.charAt(out.length() - 3) == ' ' ? pad : "").append("- b\n");
                case 8 -> out.append(k).append(":\n").append(pad).append("a: 1\n").append(pad).append("b: ")
                        .append(plainWord()).append(" # c\n").append(pad).append("c:\n").append(pad).append(pad)
                        .append("d: x\n");
                case 9 -> out.append(k).append(": {a: 1, b: x}\n");
                case 10 -> out.append(k).append(": |\n").append(pad).append("line one\n\n").append(pad)
                        .append("# line two\n");
                case 11 -> out.append(k).append(": >-\n").append(pad).append("folded words\n").append(pad)
                        .append("go on\n");
                case 12 -> out.append(k).append(":\n- src: \"**.{jpg,png}\"\n  title: \"Image #:counter\"\n")
                        .append("- src: photos/*\n");
                default -> out.append(k).append(random.nextBoolean() ? ":\n" : ": ~\n");
            }
        }
        return out.append("---\n").toString();
    }

    private String yamlDate() {
        String date = pick(new String[] {"2031-06-12 10:00:00+00:00", "2031-06-12 9:05:00+00:00",
            "2031-06-12T10:00:00Z", "2031-06-12", "2031-06-12T08:30:00+02:00"});
        return switch (random.nextInt(3)) {
            case 0 -> "\"" + date + "\"";
            case 1 -> "'" + date + "'";
            default -> date;
        };
    }

    private String toml(List<String> keys) {
        StringBuilder root = new StringBuilder("+++\n");
        StringBuilder tables = new StringBuilder();
        for (String key : keys) {
            String k = key.contains(" ") ? "\"" + key + "\"" : key;
            if (random.nextInt(6) == 0) {
                root.append("# about ").append(key).append('\n');
            }
            switch (random.nextInt(11)) {
                case 0 -> root.append(k).append(" = \"").append(pick(WORDS)).append("\"\n");
                case 1 -> root.append(k).append(" = '").append(pick(WORDS)).append("'\n");
                case 2 -> root.append(k).append(" = ").append(random.nextInt(1000)).append(" # n\n");
                case 3 -> root.append(k).append(" = ").append(random.nextBoolean()).append('\n');
                case 4 -> root.append(k).append(" = ").append(pick(new String[] {"2031-06-12T10:00:00Z",
                    "2031-06-12 10:00:00+02:00", "2031-06-12", "\"2031-06-12 9:00:00+00:00\""})).append('\n');
                case 5 -> root.append(k).append(" = [\"a\", \"b\"]\n");
                case 6 -> root.append(k).append(" = [\n  \"a\",\n  \"b\",\n]\n");
                case 7 -> root.append(k).append(" = { a = 1, b = \"x\" }\n");
                case 8 -> tables.append("\n[").append(k).append("]\n  a = 1\n  b = \"").append(pick(WORDS))
                        .append("\"\n");
                case 9 -> tables.append("\n[[").append(k).append("]]\n  src = \"a.jpg\"\n[[").append(k)
                        .append("]]\n  src = \"b.jpg\"\n  title = \"B\"\n");
                default -> root.append(k).append(" = \"\"\"\nline one\nline two\"\"\"\n");
            }
        }
        return root.append(tables).append(random.nextBoolean() ? "\n" : "").append("+++\n").toString();
    }

    private String json(List<String> keys) {
        String pad = random.nextBoolean() ? "  " : "    ";
        List<String> members = new ArrayList<>();
        for (String key : keys) {
            String value = switch (random.nextInt(7)) {
                case 0 -> "\"" + pick(WORDS) + "\"";
                case 1 -> Integer.toString(random.nextInt(1000));
                case 2 -> Boolean.toString(random.nextBoolean());
                case 3 -> "\"2031-06-12T10:00:00+00:00\"";
                case 4 -> "[\"a\", \"b\"]";
                case 5 -> "{\n" + pad + pad + "\"a\": 1,\n" + pad + pad + "\"b\": \"x\"\n" + pad + "}";
                default -> "[\n" + pad + pad + "{\"src\": \"a.jpg\"}\n" + pad + "]";
            };
            members.add(pad + "\"" + key + "\": " + value);
        }
        return "{\n" + String.join(",\n", members) + "\n}\n";
    }

    private String plainWord() {
        return pick(new String[] {"Harbour", "recap-2031", "Pier 9", "caf\u00e9", "talks and more"});
    }

    /** A random value of any shape the editor accepts. */
    Object value() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> string();
            case 3 -> random.nextLong() >> random.nextInt(60);
            case 4 -> pick(List.of(1.5, -0.25, 3.0, 1e20, 2.5e-7));
            case 5 -> random.nextBoolean();
            case 6 -> date();
            case 7 -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(string());
                }
                yield list;
            }
            case 8 -> map();
            default -> List.of(map(), map());
        };
    }

    Object date() {
        return switch (random.nextInt(3)) {
            case 0 -> OffsetDateTime.of(1990 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextBoolean() ? 0 : random.nextInt(1000) * 1_000_000,
                    ZoneOffset.ofHoursMinutes(random.nextInt(25) - 12, 0));
            case 1 -> LocalDate.of(1990 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
            default -> LocalDateTime.of(2031, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                    random.nextInt(60));
        };
    }

    String string() {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(3);
        for (int i = 0; i < pieces; i++) {
            out.append(pick(PIECES));
        }
        return out.toString();
    }

    Map<String, Object> map() {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            map.put(pick(List.of("a", "b", "src", "title", "x y", "Credit")), random.nextBoolean() ? string()
                    : (Object) (long) random.nextInt(100));
        }
        return map;
    }
}
