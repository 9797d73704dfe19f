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
import io.recapstudio.core.markdown.BundleImagesProvider;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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
 * {@code recap render PATH [-o FILE]}: the preview's HTML as one standalone document (style inlined, each image
 * embedded once), to FILE or standard output. Processed images are kept in the user's cache folder, shared with the
 * app's preview, so a render after the first processes none again. The post's problems are printed on standard error
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
        // The processed images are kept where the app's preview keeps them: a second render (or the preview of the
        // same post) finds them there instead of processing every image again.
        SiteRendering rendering = site.rendering();
        rendering.problem().ifPresent(p -> err.println(PrintableText.escape(p)));
        RenderOptions options = rendering.apply(RenderOptions.standalone());
        RenderResult result = PreviewShortcodes.renderer(BundleImagesProvider.userCacheDir(), rendering.kinds())
                .render(new RenderInput(text, bundle.folder(), 1, options));
        String title = FrontMatter.parse(text).title().filter(t -> !t.isBlank()).orElseGet(() -> titleOf(post));
        // The problems are check's, word for word: one checker, whoever asks
        List<Diagnostic> diagnostics = Checker.standard().check(CheckContext.of(bundle, site));
        diagnostics.forEach(d -> err.println(d.format()));
        if (!write(title, result, options, err)) {
            return RecapCommand.USAGE_OR_IO;
        }
        return Checker.hasErrors(diagnostics) ? RecapCommand.INPUT_ERRORS : RecapCommand.OK;
    }

    private boolean write(String title, RenderResult result, RenderOptions options, PrintWriter err) {
        if (output == null) {
            // Standard output's encoding follows the locale; as character references the text survives any of them.
            PrintWriter out = spec.commandLine().getOut();
            try {
                StandaloneDocument.write(new AsciiOnly(out), title, result, options);
            } catch (IOException e) {
                err.println("recap render: cannot write the document: " + e.getMessage());
                return false;
            }
            out.flush();
            return true;
        }
        try {
            AtomicFiles.write(output, stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                StandaloneDocument.write(writer, title, result, options);
                writer.flush();
            });
            return true;
        } catch (IOException e) {
            err.println("recap render: cannot write " + output + ": " + e.getMessage()
                    + "; check that the folder exists and is writable");
            return false;
        }
    }

    /** Writes every non-ASCII character as a numeric character reference. */
    static final class AsciiOnly extends FilterWriter {

        AsciiOnly(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int end = offset + length;
            int plain = offset;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (c < 128) {
                    continue;
                }
                out.write(chars, plain, i - plain);
                int codePoint = c;
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    codePoint = Character.toCodePoint(c, chars[++i]);
                }
                out.write("&#" + codePoint + ";");
                plain = i + 1;
            }
            out.write(chars, plain, end - plain);
        }
    }

    private static String titleOf(Path post) {
        Path parent = post.toAbsolutePath().getParent();
        String name = post.getFileName().toString();
        return PageBundle.isIndexFile(post) && parent != null ? parent.getFileName().toString()
                : name.replaceFirst("\\.md$", "");
    }
}
