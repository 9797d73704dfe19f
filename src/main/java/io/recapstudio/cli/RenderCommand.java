package io.recapstudio.cli;

import io.recapstudio.core.check.CheckContext;
import io.recapstudio.core.check.Checker;
import io.recapstudio.core.markdown.RenderInput;
import io.recapstudio.core.markdown.RenderOptions;
import io.recapstudio.core.markdown.preview.SiteRendering;
import io.recapstudio.core.markdown.RenderResult;
import io.recapstudio.core.markdown.StandaloneDocument;
import io.recapstudio.core.markdown.preview.PreviewShortcodes;
import io.recapstudio.core.text.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import io.recapstudio.core.frontmatter.FrontMatter;
import io.recapstudio.core.post.AtomicFiles;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.text.PrintableText;
import io.recapstudio.core.workspace.SiteContext;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap render PATH [-o FILE]}: the preview's HTML as one standalone document (style inlined, the processed
 * images embedded as data: URIs), to FILE or standard output. The post's problems are printed on standard error
 * exactly as {@code check} prints them (the same checker); with errors among them the exit code is 1 (the document
 * is written all the same).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a post as the preview shows it: one standalone HTML document.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A page bundle folder (holding index.md) or a .md file.")
    Path path;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the HTML here instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PageBundle bundle;
        SiteContext site;
        try {
            bundle = PostInputs.openBundle(path);
            site = SiteContext.around(bundle.indexFile());
        } catch (PostInputs.InputException e) {
            err.println("recap render: " + PrintableText.escape(e.getMessage()));
            return RecapCommand.USAGE_OR_IO;
        }
        Path post = bundle.indexFile();
        String text = bundle.post().text();
        RenderResult result;
        Path imageCache = null;
        try {
            // Processed images live only as long as the command: the document embeds them.
            imageCache = Files.createTempDirectory("recap-render-");
            SiteRendering rendering = site.rendering();
            rendering.problem().ifPresent(p -> err.println(PrintableText.escape(p)));
            result = PreviewShortcodes.renderer(imageCache, rendering.kinds())
                    .render(new RenderInput(text, bundle.folder(), 1,
                            rendering.apply(RenderOptions.standalone())));
        } catch (IOException e) {
            err.println("recap render: cannot create a temporary folder for processed images: " + e.getMessage());
            return RecapCommand.USAGE_OR_IO;
        } finally {
            deleteQuietly(imageCache);
        }
        String title = FrontMatter.parse(text).title().filter(t -> !t.isBlank()).orElseGet(() -> titleOf(post));
        String document = StandaloneDocument.of(title, result);
        // The problems are check's, word for word: one checker, whoever asks
        List<Diagnostic> diagnostics = Checker.standard().check(CheckContext.of(bundle, site));
        diagnostics.forEach(d -> err.println(d.format()));
        if (!write(document, err)) {
            return RecapCommand.USAGE_OR_IO;
        }
        return Checker.hasErrors(diagnostics) ? RecapCommand.INPUT_ERRORS : RecapCommand.OK;
    }

    private boolean write(String document, PrintWriter err) {
        if (output == null) {
            // Standard output's encoding follows the locale; as character references the text survives any of them.
            PrintWriter out = spec.commandLine().getOut();
            out.print(asciiOnly(document));
            out.flush();
            return true;
        }
        try {
            AtomicFiles.write(output, document.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            err.println("recap render: cannot write " + output + ": " + e.getMessage()
                    + "; check that the folder exists and is writable");
            return false;
        }
    }

    /** {@code html} with every non-ASCII character written as a numeric character reference. */
    static String asciiOnly(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        html.codePoints().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                out.append("&#").append(c).append(';');
            }
        });
        return out.toString();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans it
        }
    }

    private static String titleOf(Path post) {
        Path parent = post.toAbsolutePath().getParent();
        String name = post.getFileName().toString();
        return name.equals("index.md") && parent != null ? parent.getFileName().toString()
                : name.replaceFirst("\\.md$", "");
    }
}
