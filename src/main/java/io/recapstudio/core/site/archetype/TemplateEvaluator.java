package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.GoTimeFormat;
import io.recapstudio.core.site.archetype.TemplateSyntax.Assignment;
import io.recapstudio.core.site.archetype.TemplateSyntax.Command;
import io.recapstudio.core.site.archetype.TemplateSyntax.Conditional;
import io.recapstudio.core.site.archetype.TemplateSyntax.Dot;
import io.recapstudio.core.site.archetype.TemplateSyntax.Group;
import io.recapstudio.core.site.archetype.TemplateSyntax.Identifier;
import io.recapstudio.core.site.archetype.TemplateSyntax.Literal;
import io.recapstudio.core.site.archetype.TemplateSyntax.Node;
import io.recapstudio.core.site.archetype.TemplateSyntax.Output;
import io.recapstudio.core.site.archetype.TemplateSyntax.Pipeline;
import io.recapstudio.core.site.archetype.TemplateSyntax.Term;
import io.recapstudio.core.site.archetype.TemplateSyntax.Text;
import io.recapstudio.core.site.archetype.TemplateSyntax.Variable;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Runs a parsed archetype against the new page's data. */
final class TemplateEvaluator {

    private final Path file;
    private final TemplateFunctions functions;
    private final Map<String, Object> variables = new HashMap<>();

    TemplateEvaluator(Path file, TemplateFunctions functions, Object root) {
        this.file = file;
        this.functions = functions;
        variables.put("$", root);
    }

    String render(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        render(nodes, variables.get("$"), out);
        return out.toString();
    }

    private void render(List<Node> nodes, Object dot, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text t) {
                out.append(t.text());
            } else if (node instanceof Output o) {
                out.append(TemplateFunctions.text(pipeline(o.pipeline(), dot)));
            } else if (node instanceof Assignment a) {
                assign(a, dot);
            } else if (node instanceof Conditional c) {
                Object value = pipeline(c.condition(), dot);
                if (TemplateFunctions.truthy(value)) {
                    render(c.then(), c.with() ? value : dot, out);
                } else {
                    render(c.otherwise(), dot, out);
                }
            }
        }
    }

    private void assign(Assignment a, Object dot) {
        if (!a.declare() && !variables.containsKey(a.variable())) {
            throw error(a.line(), "undefined variable " + a.variable() + "; declare it with :=");
        }
        variables.put(a.variable(), pipeline(a.pipeline(), dot));
    }

    private Object pipeline(Pipeline p, Object dot) {
        Object value = null;
        boolean piped = false;
        for (Command c : p.commands()) {
            value = command(c, dot, piped, value, p.line());
            piped = true;
        }
        return value;
    }

    private Object command(Command c, Object dot, boolean piped, Object pipedValue, int line) {
        List<Object> args = new ArrayList<>();
        for (Term t : c.terms().subList(1, c.terms().size())) {
            args.add(value(t, dot, line));
        }
        if (piped) {
            args.add(pipedValue);
        }
        Term first = c.terms().get(0);
        if (first instanceof Identifier id) {
            if (!functions.has(id.name())) {
                throw error(line, "Recap Studio cannot evaluate the function " + id.name() + " in an archetype; "
                        + "use replace, title, lower, upper, humanize, urlize, trim, now, dateFormat, "
                        + "time.Format, printf, default, eq, not, and, or, index, or remove the call");
            }
            return id.fields().isEmpty() ? call(id.name(), args, line)
                    : chain(call(id.name(), List.of(), line), id.fields(), args, id.name(), line);
        }
        if (first instanceof Literal l) {
            if (!args.isEmpty()) {
                throw error(line, TemplateFunctions.text(l.value()) + " is a value, not a function");
            }
            return l.value();
        }
        return operand(first, dot, args, line);
    }

    private Object value(Term t, Object dot, int line) {
        if (t instanceof Literal l) {
            return l.value();
        }
        if (t instanceof Identifier id) {
            return command(new Command(List.of(id)), dot, false, null, line);
        }
        return operand(t, dot, List.of(), line);
    }

    /** A dot, variable or group term with its fields, the last of which may be a method taking {@code args}. */
    private Object operand(Term t, Object dot, List<Object> args, int line) {
        if (t instanceof Dot d) {
            return chain(dot, d.fields(), args, ".", line);
        }
        if (t instanceof Variable v) {
            return chain(variable(v.name(), line), v.fields(), args, v.name(), line);
        }
        Group g = (Group) t;
        return chain(pipeline(g.pipeline(), dot), g.fields(), args, "(…)", line);
    }

    private Object variable(String name, int line) {
        if (!variables.containsKey(name)) {
            throw error(line, "undefined variable " + name);
        }
        return variables.get(name);
    }

    private Object call(String name, List<Object> args, int line) {
        try {
            return functions.call(name, args);
        } catch (TemplateFunctions.CallException | IllegalArgumentException e) {
            throw error(line, name + ": " + e.getMessage());
        }
    }

    private Object chain(Object base, List<String> fields, List<Object> args, String start, int line) {
        if (fields.isEmpty()) {
            if (!args.isEmpty()) {
                throw error(line, start + " is not a function and cannot take arguments");
            }
            return base;
        }
        Object value = base;
        StringBuilder path = new StringBuilder(start.equals(".") ? "" : start);
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            path.append('.').append(name);
            boolean last = i == fields.size() - 1;
            value = field(value, name, last ? args : List.of(), path.toString(), line);
        }
        return value;
    }

    private Object field(Object receiver, String name, List<Object> args, String path, int line) {
        if (receiver instanceof ObjectView view) {
            if (!view.fields().containsKey(name)) {
                throw error(line, "Recap Studio does not know " + path + " in archetypes; known fields of "
                        + view.what() + ": " + new TreeSet<>(view.fields().keySet()));
            }
            return noArgs(view.fields().get(name), args, path, line);
        }
        if (receiver instanceof Map<?, ?> map) {
            Object v = map.containsKey(name) ? map.get(name) : map.get(name.toLowerCase(Locale.ROOT));
            return noArgs(v, args, path, line);
        }
        if (receiver instanceof ZonedDateTime || (receiver instanceof String && isTimeMethod(name))) {
            ZonedDateTime t;
            try {
                t = TemplateFunctions.time(receiver);
            } catch (TemplateFunctions.CallException e) {
                throw error(line, path + ": " + e.getMessage());
            }
            return timeMethod(t, name, args, path, line);
        }
        if (receiver == null) {
            return null;
        }
        throw error(line, "cannot read " + path + " of " + TemplateFunctions.text(receiver));
    }

    private static boolean isTimeMethod(String name) {
        return List.of("Format", "Year", "Month", "Day", "YearDay", "Hour", "Minute", "Second", "Unix", "Weekday",
                "UTC", "Local").contains(name);
    }

    private Object timeMethod(ZonedDateTime t, String name, List<Object> args, String path, int line) {
        if (name.equals("Format")) {
            if (args.size() != 1) {
                throw error(line, path + " expects one layout, e.g. \"2006-01-02\"");
            }
            return GoTimeFormat.format(TemplateFunctions.text(args.get(0)), t);
        }
        Object value = switch (name) {
            case "Year" -> (long) t.getYear();
            case "Month" -> GoTimeFormat.format("January", t);
            case "Day" -> (long) t.getDayOfMonth();
            case "YearDay" -> (long) t.getDayOfYear();
            case "Hour" -> (long) t.getHour();
            case "Minute" -> (long) t.getMinute();
            case "Second" -> (long) t.getSecond();
            case "Unix" -> t.toEpochSecond();
            case "Weekday" -> GoTimeFormat.format("Monday", t);
            case "UTC" -> t.withZoneSameInstant(ZoneOffset.UTC);
            case "Local" -> t;
            default -> throw error(line, "Recap Studio does not know the time method " + path);
        };
        return noArgs(value, args, path, line);
    }

    private Object noArgs(Object value, List<Object> args, String path, int line) {
        if (!args.isEmpty()) {
            throw error(line, path + " is not a function and cannot take arguments");
        }
        return value;
    }

    private ArchetypeException error(int line, String detail) {
        return new ArchetypeException(file, line, detail);
    }
}
