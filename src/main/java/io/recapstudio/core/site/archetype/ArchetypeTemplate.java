package io.recapstudio.core.site.archetype;

import io.recapstudio.core.site.GoTimeFormat;
import io.recapstudio.core.site.archetype.TemplateSyntax.Node;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An archetype file parsed as the Go-template subset archetypes commonly use: fields {@code .Title}, {@code .Name},
 * {@code .Date}, {@code .Type}, {@code .Section}, {@code .Kind}, {@code .Lang}, {@code .File.*} (ContentBaseName,
 * BaseFileName, TranslationBaseName, LogicalName, Ext, Dir, Path), {@code .Site.*} (Title, BaseURL, Params,
 * LanguageCode, Language.Lang), variables, {@code if}/{@code with}/{@code else}, {@code {{- -}}}, comments, and the
 * functions of {@link TemplateFunctions} ({@code replace .Name "-" " " | title}, {@code now.Format "2006-01-02"},
 * {@code dateFormat}, {@code .Site.Params.x}…). Anything else is an {@link ArchetypeException} naming the line.
 */
public final class ArchetypeTemplate {

    private final Path file;
    private final List<Node> nodes;

    private ArchetypeTemplate(Path file, List<Node> nodes) {
        this.file = file;
        this.nodes = nodes;
    }

    /**
     * @param file for messages
     * @throws ArchetypeException for syntax Recap Studio cannot evaluate
     */
    public static ArchetypeTemplate parse(String text, Path file) {
        return new ArchetypeTemplate(file, TemplateParser.parse(text, file));
    }

    /**
     * The text of the new file.
     *
     * @throws ArchetypeException for an unknown field or function, or a call with wrong arguments
     */
    public String render(ArchetypeContext context) {
        TemplateFunctions functions = new TemplateFunctions(context.now(), site(context), context.site()
                .titleCaseStyle());
        return new TemplateEvaluator(file, functions, page(context)).render(nodes);
    }

    private static ObjectView page(ArchetypeContext c) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("Title", c.title());
        page.put("Name", c.name());
        page.put("Date", GoTimeFormat.format(GoTimeFormat.RFC3339, c.date()));
        page.put("PublishDate", GoTimeFormat.format(GoTimeFormat.RFC3339, c.date()));
        page.put("Type", c.section());
        page.put("Section", c.section());
        page.put("Kind", "page");
        page.put("Lang", c.language());
        page.put("Params", Map.of());
        page.put("File", file(c));
        page.put("Site", site(c));
        return new ObjectView("the page", page);
    }

    private static ObjectView file(ArchetypeContext c) {
        String path = c.contentPath();
        String logical = path.substring(path.lastIndexOf('/') + 1);
        String base = logical.contains(".") ? logical.substring(0, logical.lastIndexOf('.')) : logical;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ContentBaseName", c.name());
        f.put("BaseFileName", base);
        f.put("TranslationBaseName", base);
        f.put("LogicalName", logical);
        f.put("Ext", logical.contains(".") ? logical.substring(logical.lastIndexOf('.') + 1) : "");
        f.put("Dir", path.substring(0, path.lastIndexOf('/') + 1));
        f.put("Path", path);
        f.put("Section", c.section());
        return new ObjectView(".File", f);
    }

    private static ObjectView site(ArchetypeContext c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Title", c.site().title().orElse(""));
        s.put("BaseURL", c.site().baseURL().orElse(""));
        s.put("Params", c.site().params());
        s.put("LanguageCode", String.valueOf(c.site().values().getOrDefault("languagecode", "")));
        s.put("Copyright", String.valueOf(c.site().values().getOrDefault("copyright", "")));
        s.put("Language", new ObjectView(".Site.Language", Map.of("Lang", c.language(), "LanguageName",
                c.language())));
        return new ObjectView(".Site", s);
    }
}
