package io.recapstudio.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the Hugo version a site builds with, from the places sites pin it, in this order (the first found wins):
 * {@code netlify.toml} ({@code HUGO_VERSION} of the production context, then {@code build.environment}, then other
 * contexts), {@code .hvm}, {@code .hugo-version}, {@code .tool-versions}, GitHub workflows ({@code hugo-version:}
 * of peaceiris/actions-hugo, {@code HUGO_VERSION:} env), {@code .gitlab-ci.yml}, {@code package.json}
 * ({@code hugo-extended}, {@code hugo-bin}), {@code go.mod} ({@code github.com/gohugoio/hugo vX}), and last the
 * config's {@code module.hugoVersion.min} (a minimum only). A pin file that cannot be read or parsed is skipped
 * and named in {@link Result#problems()}.
 */
public final class HugoVersionDetector {

    /**
     * @param pins     every pin found, the winner first
     * @param problems pin files that could not be read, with the reason (file: line: what)
     */
    public record Result(List<HugoVersionPin> pins, List<String> problems) {
        public Result {
            pins = List.copyOf(pins);
            problems = List.copyOf(problems);
        }

        /** The winning pin. */
        public Optional<HugoVersionPin> winner() {
            return pins.isEmpty() ? Optional.empty() : Optional.of(pins.get(0));
        }
    }

    private final Path root;
    private final List<HugoVersionPin> pins = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private static final Pattern WORKFLOW_PIN = Pattern.compile(
            "(?m)^\\s*-?\\s*(hugo-version|HUGO_VERSION)\\s*:\\s*['\"]?([^'\"\\s#]+)");
    private static final Pattern GO_MOD = Pattern.compile("github\\.com/gohugoio/hugo\\s+(v\\d+\\.\\d+(?:\\.\\d+)?)");
    private static final Pattern TOOL_VERSIONS = Pattern.compile("(?m)^\\s*hugo\\s+(extended_)?(\\S+)");

    private HugoVersionDetector(Path root) {
        this.root = root;
    }

    /** The winning pin, if the site pins a version anywhere. */
    public static Optional<HugoVersionPin> detect(Path root, Map<String, Object> config) {
        return detectAll(root, config).winner();
    }

    /** Every pin found, the winner first (useful to point out pins that disagree), and unreadable pin files. */
    public static Result detectAll(Path root, Map<String, Object> config) {
        HugoVersionDetector d = new HugoVersionDetector(root);
        d.netlify();
        d.plainFile(".hvm");
        d.plainFile(".hugo-version");
        d.toolVersions();
        d.workflows();
        d.workflowFile(root.resolve(".gitlab-ci.yml"));
        d.packageJson();
        d.goMod();
        d.moduleMinimum(config);
        return new Result(d.pins, d.problems);
    }

    private void netlify() {
        Optional<Map<String, Object>> toml = readData(root.resolve("netlify.toml"), DataFormat.TOML);
        if (toml.isEmpty()) {
            return;
        }
        Map<String, Object> netlify = toml.get();
        addEnv(netlify, List.of("context", "production", "environment"));
        addEnv(netlify, List.of("build", "environment"));
        if (Maps.get(netlify, "context") instanceof Map<?, ?> contexts) {
            for (Object name : contexts.keySet()) {
                if (!"production".equals(name)) {
                    addEnv(netlify, List.of("context", String.valueOf(name), "environment"));
                }
            }
        }
    }

    private void addEnv(Map<String, Object> netlify, List<String> path) {
        Object env = Maps.getPath(netlify, path);
        if (env instanceof Map<?, ?> map && map.get("HUGO_VERSION") != null) {
            String value = String.valueOf(map.get("HUGO_VERSION"));
            HugoVersion.parse(value).ifPresent(v -> pins.add(new HugoVersionPin(v, HugoVersionPin.Kind.EXACT,
                    isExtended(map.get("HUGO_EXTENDED")), "netlify.toml", String.join(".", path) + ".HUGO_VERSION")));
        }
    }

    private static boolean isExtended(Object flag) {
        return flag != null && String.valueOf(flag).equalsIgnoreCase("true");
    }

    private void plainFile(String name) {
        readText(root.resolve(name)).flatMap(text -> text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst()).ifPresent(line -> HugoVersion.parse(line.replace("extended_", "")).ifPresent(v ->
                        pins.add(new HugoVersionPin(v, HugoVersionPin.Kind.EXACT, line.contains("extended"), name,
                                "first line"))));
    }

    private void toolVersions() {
        readText(root.resolve(".tool-versions")).ifPresent(text -> {
            Matcher m = TOOL_VERSIONS.matcher(text);
            if (m.find()) {
                HugoVersion.parse(m.group(2)).ifPresent(v -> pins.add(new HugoVersionPin(v,
                        HugoVersionPin.Kind.EXACT, m.group(1) != null, ".tool-versions", "hugo " + m.group(2))));
            }
        });
    }

    private void workflows() {
        Path dir = root.resolve(".github/workflows");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted()
                    .forEach(this::workflowFile);
        } catch (IOException e) {
            problems.add(relative(dir) + ": cannot list the folder: " + e.getMessage());
        }
    }

    private void workflowFile(Path file) {
        readText(file).ifPresent(text -> {
            Matcher m = WORKFLOW_PIN.matcher(text);
            while (m.find()) {
                String key = m.group(1);
                String value = m.group(2);
                Optional<HugoVersion> v = HugoVersion.parse(value);
                if (v.isPresent()) {
                    pins.add(new HugoVersionPin(v.get(), HugoVersionPin.Kind.EXACT, text.contains("extended: true"),
                            relative(file), key + ": " + value));
                    return;
                }
            }
        });
    }

    private void packageJson() {
        Optional<Map<String, Object>> json = readData(root.resolve("package.json"), DataFormat.JSON);
        if (json.isEmpty()) {
            return;
        }
        if (Maps.getPath(json.get(), List.of("hugo-bin", "version")) instanceof String configured) {
            addPackagePin(configured, "hugo-bin.version", false);
        }
        for (String deps : List.of("dependencies", "devDependencies")) {
            for (String pkg : List.of("hugo-extended", "hugo-bin-extended", "hugo-bin")) {
                if (Maps.getPath(json.get(), List.of(deps, pkg)) instanceof String range) {
                    addPackagePin(range, deps + "." + pkg, pkg.contains("extended"));
                }
            }
        }
    }

    private void addPackagePin(String range, String detail, boolean extended) {
        HugoVersionPin.Kind kind = range.strip().startsWith(">") ? HugoVersionPin.Kind.MINIMUM
                : HugoVersionPin.Kind.EXACT;
        HugoVersion.parse(range).ifPresent(v -> pins.add(new HugoVersionPin(v, kind, extended, "package.json",
                detail + ": " + range)));
    }

    private void goMod() {
        readText(root.resolve("go.mod")).ifPresent(text -> {
            Matcher m = GO_MOD.matcher(text);
            if (m.find()) {
                HugoVersion.parse(m.group(1)).ifPresent(v -> pins.add(new HugoVersionPin(v,
                        HugoVersionPin.Kind.EXACT, false, "go.mod", "github.com/gohugoio/hugo " + m.group(1))));
            }
        });
    }

    private void moduleMinimum(Map<String, Object> config) {
        Object min = Maps.getPath(config, List.of("module", "hugoversion", "min"));
        if (min != null) {
            boolean extended = isExtended(Maps.getPath(config, List.of("module", "hugoversion", "extended")));
            HugoVersion.parse(String.valueOf(min)).ifPresent(v -> pins.add(new HugoVersionPin(v,
                    HugoVersionPin.Kind.MINIMUM, extended, "site config", "module.hugoVersion.min")));
        }
    }

    private Optional<String> readText(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(relative(file) + ": cannot read it: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Map<String, Object>> readData(Path file, DataFormat format) {
        return readText(file).flatMap(text -> {
            try {
                return Optional.of(DataParser.parseMap(format, text, file));
            } catch (SiteException e) {
                problems.add(relative(file) + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.detail()
                        + " (its Hugo version pin is ignored)");
                return Optional.empty();
            }
        });
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
