package io.recapstudio.core.shortcode.compose;

import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ImageSpecException;
import io.recapstudio.core.post.HugoGlob;
import io.recapstudio.core.shortcode.Argument;
import io.recapstudio.core.shortcode.Delimiter;
import io.recapstudio.core.shortcode.ShortcodeCall;
import io.recapstudio.core.shortcode.ShortcodeWriter;
import io.recapstudio.core.shortcode.catalog.ParamSpec;
import io.recapstudio.core.shortcode.catalog.ParamType;
import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.text.TextEdit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shortcode call being filled in the palette's form: the catalog entry, a value per parameter (keyed by
 * {@link #keyOf(ParamSpec)}), the inner content of a paired shortcode, and the delimiter. {@link #write()} prints
 * the call as the entry prefers: positional when every value given has a position (the short form authors write),
 * named otherwise.
 */
public record ShortcodeDraft(ShortcodeEntry entry, Map<String, String> values, String inner, Delimiter delimiter) {

    public ShortcodeDraft {
        values = Map.copyOf(values);
        delimiter = delimiter == null ? entry.delimiter() : delimiter;
    }

    /** An empty draft of {@code entry}. */
    public static ShortcodeDraft of(ShortcodeEntry entry) {
        return new ShortcodeDraft(entry, Map.of(), null, entry.delimiter());
    }

    /** The key of a parameter in {@link #values()}: its name, or {@code #N} for a positional-only one. */
    public static String keyOf(ParamSpec param) {
        return param.name() != null ? param.name() : "#" + param.position();
    }

    /** The draft with {@code param} set to {@code value} (blank removes it). */
    public ShortcodeDraft with(ParamSpec param, String value) {
        Map<String, String> next = new LinkedHashMap<>(values);
        if (value == null || value.isBlank()) {
            next.remove(keyOf(param));
        } else {
            next.put(keyOf(param), value);
        }
        return new ShortcodeDraft(entry, next, inner, delimiter);
    }

    public ShortcodeDraft withInner(String content) {
        return new ShortcodeDraft(entry, values, content, delimiter);
    }

    /** A draft filled from an existing call of {@code entry} (for "Edit shortcode"). */
    public static ShortcodeDraft fromCall(ShortcodeEntry entry, ShortcodeCall call, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Argument argument : call.arguments().all()) {
            Optional<ParamSpec> param = argument.name().flatMap(entry::param);
            if (argument.isNamed() && param.isEmpty()) {
                values.put(argument.name().orElseThrow(), argument.value());
            }
            param.ifPresent(p -> values.put(keyOf(p), argument.value()));
        }
        List<Argument> positional = call.arguments().all().stream().filter(a -> !a.isNamed()).toList();
        for (int i = 0; i < positional.size(); i++) {
            int index = i;
            String value = positional.get(i).value();
            entry.param(i).ifPresentOrElse(p -> values.put(keyOf(p), value), () -> values.put("#" + index, value));
        }
        String inner = call.innerRange().map(r -> text.substring(r.start(), r.end())).orElse(null);
        return new ShortcodeDraft(entry, values, inner, call.delimiter());
    }

    /** The whole call, with inner content for a paired shortcode (the selection it wraps, or an empty line). */
    public String write() {
        ShortcodeWriter writer = opening();
        if (entry.inner()) {
            String content = inner == null || inner.isEmpty() ? "\n" : inner.startsWith("\n") ? inner : "\n" + inner;
            writer = writer.inner(content.endsWith("\n") ? content : content + "\n");
        }
        return writer.write();
    }

    /** The edit that rewrites only the opening tag of {@code call} (inner content and closing tag stay). */
    public TextEdit rewrite(ShortcodeCall call) {
        return new TextEdit(call.openingRange(), opening().write());
    }

    private ShortcodeWriter opening() {
        ShortcodeWriter writer = ShortcodeWriter.call(entry.name(), delimiter);
        if (positionalStyle()) {
            int max = values.keySet().stream().mapToInt(this::positionOf).max().orElse(-1);
            List<String> positional = new ArrayList<>();
            for (int i = 0; i <= max; i++) {
                positional.add(valueAt(i));
            }
            return writer.positional(positional.toArray(String[]::new));
        }
        for (ParamSpec param : entry.params()) {
            String value = values.get(keyOf(param));
            if (value != null && param.name() != null) {
                writer = writer.named(param.name(), value);
            }
        }
        for (Map.Entry<String, String> extra : values.entrySet()) {
            if (!extra.getKey().startsWith("#") && entry.param(extra.getKey()).isEmpty()) {
                writer = writer.named(extra.getKey(), extra.getValue());
            }
        }
        return writer;
    }

    private boolean positionalStyle() {
        return !values.isEmpty() && values.keySet().stream().allMatch(k -> positionOf(k) >= 0);
    }

    private int positionOf(String key) {
        if (key.startsWith("#")) {
            return Integer.parseInt(key.substring(1));
        }
        return entry.param(key).map(ParamSpec::position).filter(p -> p != null).orElse(-1);
    }

    private String valueAt(int position) {
        return values.entrySet().stream().filter(e -> positionOf(e.getKey()) == position).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }

    /**
     * What is wrong with the values, by parameter key (required missing, not a number, not a choice, an invalid
     * image spec), and for a glob how many of {@code bundleFiles} it matches (key {@code KEY#count}).
     */
    public Map<String, String> validate(Collection<String> bundleFiles) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ParamSpec param : entry.params()) {
            String key = keyOf(param);
            String value = values.get(key);
            if (value == null) {
                if (param.required()) {
                    problems.put(key, param.label() + " is required");
                }
                continue;
            }
            problem(param, value, bundleFiles).ifPresent(p -> problems.put(key, p));
            if (param.type() == ParamType.GLOB) {
                long n = HugoGlob.tryCompile(value).map(g -> bundleFiles.stream()
                        .filter(f -> g.matches(f)).count()).orElse(0L);
                problems.put(key + "#count", n + (n == 1 ? " file matches" : " files match"));
            }
        }
        if (entry.name().equalsIgnoreCase("imgproc") && values.containsKey(keyOf(entry.param(0).orElseThrow()))) {
            imageSpecProblem().ifPresent(p -> problems.put("#2", p));
        }
        return problems;
    }

    private static Optional<String> problem(ParamSpec param, String value, Collection<String> bundleFiles) {
        return switch (param.type()) {
            case INTEGER -> value.matches("-?\\d+") ? Optional.empty() : Optional.of(param.label() + " must be a "
                    + "whole number");
            case BOOLEAN -> value.matches("(?i)true|false") ? Optional.empty() : Optional.of(param.label()
                    + " is true or false");
            case CHOICE -> param.choices().isEmpty() || param.choices().contains(value) ? Optional.empty()
                    : Optional.of(param.label() + " is one of " + String.join(", ", param.choices()));
            default -> Optional.empty();
        };
    }

    private Optional<String> imageSpecProblem() {
        List<String> positional = List.of(valueAt(0), valueAt(1), valueAt(2));
        try {
            ImageSpec.forImgproc(positional);
            return Optional.empty();
        } catch (ImageSpecException e) {
            return Optional.of(e.getMessage());
        }
    }
}
