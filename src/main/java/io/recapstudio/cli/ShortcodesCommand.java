package io.recapstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.recapstudio.core.shortcode.catalog.DelimiterIds;
import io.recapstudio.core.shortcode.catalog.ParamSpec;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.shortcode.catalog.ShortcodeEntry;
import io.recapstudio.core.site.HugoVersionPin;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteLocator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap shortcodes [--site ROOT] [--format text|json]}: the palette catalog. Without {@code --site} the site
 * is looked for from the current folder upwards; outside any site only the built-ins are listed.
 */
@Command(name = "shortcodes", mixinStandardHelpOptions = true,
        description = {"The shortcode catalog: built-in shortcodes plus the site's own and its themes'.",
                "Without --site, the Hugo site around the current folder is used, if there is one."})
final class ShortcodesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--site", paramLabel = "ROOT", description = "The Hugo site's root folder.")
    Path site;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (a table) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Site> found;
        try {
            found = site != null ? Optional.of(Site.open(site))
                    : SiteLocator.findRoot(Path.of("")).map(Site::open);
        } catch (SiteException e) {
            err.println("recap shortcodes: " + e.getMessage());
            return RecapCommand.USAGE_OR_IO;
        }
        ShortcodeCatalog catalog = found.map(ShortcodeCatalog::forSite).orElseGet(ShortcodeCatalog::builtins);
        catalog.problems().forEach(p -> err.println("recap shortcodes: warning: " + p));
        if (format == Format.json) {
            out.println(json(catalog.entries()));
        } else {
            printTable(out, found, catalog);
        }
        out.flush();
        return RecapCommand.OK;
    }

    static String json(List<ShortcodeEntry> entries) {
        List<Map<String, Object>> array = new ArrayList<>();
        for (ShortcodeEntry e : entries) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", e.name());
            o.put("source", e.source().id());
            o.put("file", e.file());
            o.put("inner", e.inner());
            List<Map<String, Object>> params = new ArrayList<>();
            for (ParamSpec p : e.params()) {
                Map<String, Object> po = new LinkedHashMap<>();
                po.put("name", p.name());
                po.put("position", p.position());
                po.put("default", p.defaultValue());
                po.put("type", p.type().id());
                po.put("required", p.required());
                po.put("choices", p.choices());
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            o.put("group", e.group().id());
            o.put("delimiter", DelimiterIds.id(e.delimiter()));
            o.put("description", e.description());
            array.add(o);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the catalog as JSON", e);
        }
    }

    private static void printTable(PrintWriter out, Optional<Site> site, ShortcodeCatalog catalog) {
        out.println(site.map(s -> "Site " + s.root() + ", Hugo " + s.hugoVersionPin().map(HugoVersionPin::toString)
                .orElse("version unknown")).orElse("Built-in shortcodes (no Hugo site here; use --site ROOT)"));
        List<ShortcodeEntry> entries = catalog.entries();
        int nameWidth = Math.max(4, entries.stream().mapToInt(e -> e.name().length()).max().orElse(4));
        String row = "%-" + nameWidth + "s  %-7s  %-5s  %s%n";
        out.printf(row, "NAME", "SOURCE", "INNER", "PARAMETERS (* required)");
        for (ShortcodeEntry e : entries) {
            String params = e.params().stream().map(ShortcodesCommand::describe).collect(Collectors.joining(", "));
            out.printf(row, e.name(), e.source().id(), e.inner() ? "yes" : "no", params.isEmpty() ? "-" : params);
            if (e.file() != null) {
                out.printf(row, "", "", "", "  " + e.file());
            }
        }
    }

    private static String describe(ParamSpec p) {
        String label = p.position() == null ? p.name()
                : p.name() != null ? p.name() + "|#" + p.position()
                : "#" + p.position() + (p.label().startsWith("#") ? "" : " " + p.label());
        String type = p.choices().isEmpty() ? p.type().id() : String.join("|", p.choices());
        return label + (p.required() ? "*" : "") + " (" + type
                + (p.defaultValue() != null ? " = " + p.defaultValue() : "") + ")";
    }
}
