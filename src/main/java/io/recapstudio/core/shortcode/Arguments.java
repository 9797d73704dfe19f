package io.recapstudio.core.shortcode;

import java.util.List;
import java.util.Optional;

/**
 * A call's arguments: none, all positional, all named, or (a Hugo error, reported as {@code shortcode-mixed-args})
 * both.
 */
public sealed interface Arguments permits Arguments.None, Arguments.Positional, Arguments.Named, Arguments.Mixed {

    /** Every argument in source order. */
    List<Argument> all();

    /** The named argument {@code name}, if present (the last one wins, as in Hugo). */
    default Optional<Argument> named(String name) {
        Argument found = null;
        for (Argument argument : all()) {
            if (argument.name().filter(name::equals).isPresent()) {
                found = argument;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The positional argument at 0-based {@code index} (counting positional arguments only), if present. */
    default Optional<Argument> positional(int index) {
        List<Argument> positional = all().stream().filter(a -> !a.isNamed()).toList();
        return index >= 0 && index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
    }

    /** How many arguments there are. */
    default int size() {
        return all().size();
    }

    /** The right variant for {@code arguments}. */
    static Arguments of(List<Argument> arguments) {
        boolean named = arguments.stream().anyMatch(Argument::isNamed);
        boolean positional = arguments.stream().anyMatch(a -> !a.isNamed());
        if (named && positional) {
            return new Mixed(arguments);
        }
        if (named) {
            return new Named(arguments);
        }
        return positional ? new Positional(arguments) : new None();
    }

    /** No arguments. */
    record None() implements Arguments {
        @Override
        public List<Argument> all() {
            return List.of();
        }
    }

    /** Only positional arguments: {@code {{< imgproc pic Resize 600x >}}}. */
    record Positional(List<Argument> all) implements Arguments {
        public Positional {
            all = List.copyOf(all);
        }
    }

    /** Only named arguments: {@code {{< tweet user=jdoe id=1 >}}}. */
    record Named(List<Argument> all) implements Arguments {
        public Named {
            all = List.copyOf(all);
        }
    }

    /** Both kinds in one call, which Hugo rejects; kept so that tools can show and repair them. */
    record Mixed(List<Argument> all) implements Arguments {
        public Mixed {
            all = List.copyOf(all);
        }
    }
}
