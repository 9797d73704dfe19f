package io.recapstudio.core.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hugo's resource glob (gobwas/glob with {@code /} as separator, matched on lower-cased pattern and name):
 * {@code *} matches any run of characters except {@code /}, {@code **} any run including {@code /}, {@code ?} one
 * character except {@code /}, {@code [abc]}, {@code [a-z]}, {@code [!abc]} one character from (or not from) a list
 * or a single range, {@code {a,b}} one of the alternatives (which may hold wildcards and nest), and {@code \} escapes
 * the next character. As in gobwas, a class mixing a range with other characters ({@code [a-z0-9]}) is invalid.
 *
 * <p>Matching runs the glob as a non-deterministic automaton over the name, one pass with a set of states, so it
 * costs at most (pattern length × name length) steps whatever the pattern: {@code *a*a*a*a*a*a*b} against a long
 * name of {@code a}s takes microseconds, where a backtracking regular expression takes minutes.
 *
 * <p>Examples: {@code **.{jpg,png}} matches {@code a.jpg} and {@code flickr/b.PNG} but not {@code c.jpeg} or
 * {@code d.webp}; {@code flickr/*} matches {@code flickr/a.jpg} but not {@code flickr/old/b.jpg}.
 */
public final class HugoGlob {

    /** Braces nested deeper than this are refused (compiling recurses once per level). */
    static final int MAX_BRACE_DEPTH = 100;

    private final String pattern;
    private final Automaton automaton;

    private HugoGlob(String pattern, Automaton automaton) {
        this.pattern = pattern;
        this.automaton = automaton;
    }

    /**
     * Compiles {@code pattern}.
     *
     * @throws IllegalArgumentException when the pattern is not a valid glob (the message says why)
     */
    public static HugoGlob compile(String pattern) {
        String lower = pattern.toLowerCase(Locale.ROOT);
        return new HugoGlob(pattern, new Compiler(lower).compile());
    }

    /** The compiled glob, or empty when {@code pattern} is invalid. */
    public static Optional<HugoGlob> tryCompile(String pattern) {
        try {
            return Optional.of(compile(pattern));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code name} (a path relative to the bundle, with {@code /}) matches, ignoring case. */
    public boolean matches(String name) {
        return automaton.matches(name.toLowerCase(Locale.ROOT));
    }

    /** The pattern as given. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /**
     * The glob as states: each consumes one character (a literal, {@code ?}, a class) and moves to {@code next}, or
     * loops on itself ({@code *}, {@code **}) with a free move to {@code next}, or moves freely to several states
     * (alternatives). Built back to front, so every state knows its continuation.
     */
    private static final class Automaton {
        static final int CHAR = 0;
        static final int ANY = 1;
        static final int CLASS = 2;
        static final int STAR = 3;
        static final int SUPER_STAR = 4;
        static final int SPLIT = 5;
        static final int MATCH = 6;

        private final List<int[]> states = new ArrayList<>();
        private final List<CharClass> classes = new ArrayList<>();
        private int start;

        int add(int... state) {
            states.add(state);
            return states.size() - 1;
        }

        int addClass(CharClass cls, int next) {
            classes.add(cls);
            return add(CLASS, classes.size() - 1, next);
        }

        boolean matches(String name) {
            int n = states.size();
            int[] current = new int[n];
            int[] following = new int[n];
            int[] seen = new int[n];
            int[] stack = new int[n];
            int generation = 1;
            int size = close(start, current, 0, seen, generation, stack);
            for (int i = 0; i < name.length() && size > 0; i++) {
                char c = name.charAt(i);
                generation++;
                int nextSize = 0;
                for (int k = 0; k < size; k++) {
                    int[] state = states.get(current[k]);
                    int target = switch (state[0]) {
                        case CHAR -> state[1] == c ? state[2] : -1;
                        case ANY -> c != '/' ? state[1] : -1;
                        case CLASS -> classes.get(state[1]).contains(c) ? state[2] : -1;
                        case STAR -> c != '/' ? current[k] : -1;
                        case SUPER_STAR -> current[k];
                        default -> -1;
                    };
                    if (target >= 0) {
                        nextSize = close(target, following, nextSize, seen, generation, stack);
                    }
                }
                int[] swap = current;
                current = following;
                following = swap;
                size = nextSize;
            }
            for (int k = 0; k < size; k++) {
                if (states.get(current[k])[0] == MATCH) {
                    return true;
                }
            }
            return false;
        }

        /** Adds {@code from} and every state reachable from it by free moves to {@code set}; returns its size. */
        private int close(int from, int[] set, int size, int[] seen, int generation, int[] stack) {
            if (seen[from] == generation) {
                return size;
            }
            int top = 0;
            stack[top++] = from;
            seen[from] = generation;
            while (top > 0) {
                int s = stack[--top];
                int[] state = states.get(s);
                int firstFree = state[0] == SPLIT ? 1 : state[0] == STAR || state[0] == SUPER_STAR ? 1 : 0;
                int lastFree = state[0] == SPLIT ? state.length - 1 : firstFree;
                if (state[0] != SPLIT) {
                    set[size++] = s;
                }
                for (int i = lastFree; firstFree > 0 && i >= firstFree; i--) {
                    if (seen[state[i]] != generation) {
                        seen[state[i]] = generation;
                        stack[top++] = state[i];
                    }
                }
            }
            return size;
        }
    }

    /** One character from (or, negated, not from) a list or a single range. */
    private record CharClass(String chars, char lo, char hi, boolean range, boolean negated) {
        boolean contains(char c) {
            boolean in = range ? c >= lo && c <= hi : chars.indexOf(c) >= 0;
            return in != negated;
        }
    }

    /** Parses the glob following gobwas' lexer rules into an {@link Automaton}. */
    private static final class Compiler {
        private final String glob;
        private final Automaton automaton = new Automaton();
        private int pos;
        private int termsDepth;

        Compiler(String glob) {
            this.glob = glob;
        }

        Automaton compile() {
            List<Item> items = sequence();
            if (pos < glob.length()) {
                throw new IllegalArgumentException("unexpected '" + glob.charAt(pos) + "' at " + (pos + 1)
                        + " in glob '" + glob + "'");
            }
            automaton.start = build(items, automaton.add(Automaton.MATCH));
            return automaton;
        }

        /** One element of a sequence: a state kind with its argument, or alternatives. */
        private record Item(int kind, int arg, CharClass cls, List<List<Item>> alternatives) {
        }

        private int build(List<Item> items, int next) {
            int at = next;
            for (int i = items.size() - 1; i >= 0; i--) {
                Item item = items.get(i);
                at = switch (item.kind) {
                    case Automaton.CHAR -> automaton.add(Automaton.CHAR, item.arg, at);
                    case Automaton.ANY -> automaton.add(Automaton.ANY, at);
                    case Automaton.CLASS -> automaton.addClass(item.cls, at);
                    case Automaton.STAR, Automaton.SUPER_STAR -> automaton.add(item.kind, at);
                    default -> {
                        int[] split = new int[item.alternatives.size() + 1];
                        split[0] = Automaton.SPLIT;
                        for (int k = 0; k < item.alternatives.size(); k++) {
                            split[k + 1] = build(item.alternatives.get(k), at);
                        }
                        yield automaton.add(split);
                    }
                };
            }
            return at;
        }

        /** A sequence up to the end, or inside {@code {}} up to {@code ,} or {@code }}. */
        private List<Item> sequence() {
            List<Item> out = new ArrayList<>();
            while (pos < glob.length()) {
                char c = glob.charAt(pos);
                if (termsDepth > 0 && (c == ',' || c == '}')) {
                    break;
                }
                pos++;
                switch (c) {
                    case '*' -> {
                        boolean twice = pos < glob.length() && glob.charAt(pos) == '*';
                        pos += twice ? 1 : 0;
                        int kind = twice ? Automaton.SUPER_STAR : Automaton.STAR;
                        if (out.isEmpty() || out.get(out.size() - 1).kind != kind) {
                            out.add(new Item(kind, 0, null, null));
                        }
                    }
                    case '?' -> out.add(new Item(Automaton.ANY, 0, null, null));
                    case '[' -> out.add(new Item(Automaton.CLASS, 0, charClass(), null));
                    case '{' -> out.add(new Item(Automaton.SPLIT, 0, null, alternatives()));
                    case '\\' -> {
                        if (pos >= glob.length()) {
                            throw new IllegalArgumentException("glob '" + glob + "' ends with an escape");
                        }
                        out.add(new Item(Automaton.CHAR, glob.charAt(pos++), null, null));
                    }
                    default -> out.add(new Item(Automaton.CHAR, c, null, null));
                }
            }
            return out;
        }

        private List<List<Item>> alternatives() {
            if (++termsDepth > MAX_BRACE_DEPTH) {
                throw new IllegalArgumentException("glob '" + glob + "' nests '{' deeper than " + MAX_BRACE_DEPTH
                        + " levels");
            }
            List<List<Item>> out = new ArrayList<>();
            while (true) {
                out.add(sequence());
                if (pos >= glob.length()) {
                    throw new IllegalArgumentException("unclosed '{' in glob '" + glob + "'");
                }
                char c = glob.charAt(pos++);
                if (c == '}') {
                    break;
                }
            }
            termsDepth--;
            return out;
        }

        private CharClass charClass() {
            boolean not = pos < glob.length() && glob.charAt(pos) == '!';
            if (not) {
                pos++;
            }
            if (pos + 2 < glob.length() && glob.charAt(pos + 1) == '-') {
                char lo = glob.charAt(pos);
                char hi = glob.charAt(pos + 2);
                pos += 3;
                expectClose();
                return new CharClass("", lo, hi, true, not);
            }
            StringBuilder chars = new StringBuilder();
            while (pos < glob.length() && glob.charAt(pos) != ']') {
                char c = glob.charAt(pos++);
                if (c == '\\' && pos < glob.length()) {
                    c = glob.charAt(pos++);
                }
                chars.append(c);
            }
            expectClose();
            if (chars.isEmpty()) {
                throw new IllegalArgumentException("empty '[]' in glob '" + glob + "'");
            }
            return new CharClass(chars.toString(), '\0', '\0', false, not);
        }

        private void expectClose() {
            if (pos >= glob.length() || glob.charAt(pos) != ']') {
                throw new IllegalArgumentException("a '[' class must be a list of characters or a single range "
                        + "such as [a-z], closed by ']', in glob '" + glob + "'");
            }
            pos++;
        }
    }
}
