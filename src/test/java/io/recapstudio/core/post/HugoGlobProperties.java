package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The automaton matches exactly what the regular-expression reading of Hugo's glob matches (the translation HugoGlob
 * used before, kept here as the reference), on random globs and names; invalid globs are refused with
 * {@link IllegalArgumentException} only.
 */
class HugoGlobProperties {

    @Provide
    Arbitrary<String> globs() {
        return Arbitraries.of("a", "b", "A", ".", "/", "*", "**", "?", "{", "}", ",", "[", "]", "!", "-", "\\", "ab",
                "{a,b}", "[ab]", "[a-b]", "[!a]").list().ofMaxSize(10).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of('a', 'b', 'B', '.', '/', '-', '*', '{').list().ofMaxSize(12)
                .map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 2000)
    void theAutomatonAgreesWithTheRegularExpression(@ForAll("globs") String glob, @ForAll("names") String name) {
        Optional<HugoGlob> compiled = HugoGlob.tryCompile(glob);
        Optional<Pattern> reference = Reference.compile(glob);
        assertThat(compiled.isPresent()).as("valid %s", glob).isEqualTo(reference.isPresent());
        compiled.ifPresent(g -> assertThat(g.matches(name)).as("%s ~ %s", glob, name)
                .isEqualTo(reference.get().matcher(name.toLowerCase(Locale.ROOT)).matches()));
    }

    /** The former regex translation of gobwas' rules (backtracking: fine for these short inputs only). */
    static final class Reference {
        private final String glob;
        private int pos;
        private int depth;

        private Reference(String glob) {
            this.glob = glob;
        }

        static Optional<Pattern> compile(String pattern) {
            Reference r = new Reference(pattern.toLowerCase(Locale.ROOT));
            try {
                String regex = r.sequence();
                return r.pos < r.glob.length() ? Optional.empty() : Optional.of(Pattern.compile(regex, Pattern.DOTALL));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private String sequence() {
            StringBuilder out = new StringBuilder();
            while (pos < glob.length()) {
                char c = glob.charAt(pos);
                if (depth > 0 && (c == ',' || c == '}')) {
                    break;
                }
                pos++;
                switch (c) {
                    case '*' -> {
                        boolean twice = pos < glob.length() && glob.charAt(pos) == '*';
                        pos += twice ? 1 : 0;
                        out.append(twice ? ".*" : "[^/]*");
                    }
                    case '?' -> out.append("[^/]");
                    case '[' -> out.append(charClass());
                    case '{' -> out.append(alternatives());
                    case '\\' -> {
                        if (pos >= glob.length()) {
                            throw new IllegalArgumentException("escape at end");
                        }
                        out.append(Pattern.quote(String.valueOf(glob.charAt(pos++))));
                    }
                    default -> out.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return out.toString();
        }

        private String alternatives() {
            depth++;
            StringBuilder out = new StringBuilder("(?:");
            while (true) {
                out.append(sequence());
                if (pos >= glob.length()) {
                    throw new IllegalArgumentException("unclosed");
                }
                if (glob.charAt(pos++) == '}') {
                    break;
                }
                out.append('|');
            }
            depth--;
            return out.append(')').toString();
        }

        private String charClass() {
            boolean not = pos < glob.length() && glob.charAt(pos) == '!';
            pos += not ? 1 : 0;
            if (pos + 2 < glob.length() && glob.charAt(pos + 1) == '-') {
                char lo = glob.charAt(pos);
                char hi = glob.charAt(pos + 2);
                pos += 3;
                close();
                if (lo > hi) {
                    return not ? "[\\s\\S]" : "(?!)";
                }
                return "[" + (not ? "^" : "") + "\\x{" + Integer.toHexString(lo) + "}-\\x{" + Integer.toHexString(hi)
                        + "}]";
            }
            StringBuilder chars = new StringBuilder();
            while (pos < glob.length() && glob.charAt(pos) != ']') {
                char c = glob.charAt(pos++);
                if (c == '\\' && pos < glob.length()) {
                    c = glob.charAt(pos++);
                }
                chars.append("\\x{").append(Integer.toHexString(c)).append('}');
            }
            close();
            if (chars.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return "[" + (not ? "^" : "") + chars + "]";
        }

        private void close() {
            if (pos >= glob.length() || glob.charAt(pos) != ']') {
                throw new IllegalArgumentException("unclosed class");
            }
            pos++;
        }
    }
}
