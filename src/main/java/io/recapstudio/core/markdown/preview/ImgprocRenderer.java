package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.markdown.BundleImages;
import io.recapstudio.core.markdown.ErrorBox;
import io.recapstudio.core.markdown.ShortcodeContext;
import io.recapstudio.core.markdown.ShortcodeException;
import io.recapstudio.core.markdown.ShortcodeInvocation;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import io.recapstudio.core.text.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Docsy's {@code imgproc}: the bundle image {@code .Resources.GetMatch "**NAME*"} finds, processed with the command
 * and options, in Docsy's figure markup with Hugo's width and height; the inner content is the caption, as it is.
 */
final class ImgprocRenderer implements ShortcodeRenderer {

    private static final Set<String> COMMANDS = Set.of("Fit", "Resize", "Fill", "Crop");

    @Override
    public String render(ShortcodeInvocation call, ShortcodeContext context) throws ShortcodeException {
        String name = call.get(0).orElseThrow(() -> new ShortcodeException("imgproc-arguments",
                "imgproc needs an image name, a command and options: {{< imgproc NAME Resize \"600x\" >}}"));
        String command = call.get(1).orElse("");
        if (!COMMANDS.contains(command)) {
            throw new ShortcodeException("imgproc-command", "invalid image processing command \"" + command
                    + "\": use Fit, Fill, Crop or Resize (with that capital letter), e.g. {{< imgproc " + name
                    + " Resize \"600x\" >}}");
        }
        String options = call.get(2).orElse("");
        List<Path> matches = context.images().match("**" + name + "*");
        if (matches.isEmpty()) {
            throw new ShortcodeException("imgproc-no-match", "no image in the bundle matches \"" + name
                    + "\" (Docsy looks for **" + name + "*, and Hugo's build fails): add the image to the bundle or"
                    + " fix the name");
        }
        BundleImages.ProcessedImage image = context.images().process(matches.get(0), command, options);
        String figure = figure(image, call, context);
        if (matches.size() == 1) {
            return figure;
        }
        String message = "\"" + name + "\" matches " + names(matches, context) + "; Hugo uses the first, "
                + relative(matches.get(0), context) + ". Give a longer name so only one image matches.";
        context.report(Severity.WARNING, "imgproc-ambiguous", message);
        return ErrorBox.html(call, message) + "\n" + figure;
    }

    private static String figure(BundleImages.ProcessedImage image, ShortcodeInvocation call, ShortcodeContext context) {
        StringBuilder html = new StringBuilder()
                .append("<figure class=\"card rounded p-2 td-post-card mb-4 mt-4\" style=\"max-width: ")
                .append(image.width() + 10).append("px\">\n")
                .append("<img class=\"card-img-top\" src=\"").append(escape(context.urlFor(image.file())))
                .append("\" width=\"").append(image.width()).append("\" height=\"").append(image.height()).append("\">\n");
        String caption = call.inner().orElse("");
        if (!caption.isEmpty()) {
            html.append("<figcaption class=\"card-body px-0 pt-2 pb-0\">\n<p class=\"card-text\">")
                    .append(caption.strip()).append("</p>\n</figcaption>\n");
        }
        return html.append("</figure>").toString();
    }

    private static String names(List<Path> matches, ShortcodeContext context) {
        return matches.stream().map(p -> relative(p, context)).collect(Collectors.joining(", "));
    }

    private static String relative(Path file, ShortcodeContext context) {
        return context.bundleDir().map(dir -> dir.relativize(file).toString().replace('\\', '/'))
                .orElse(file.getFileName().toString());
    }

    private static String escape(String text) {
        return io.recapstudio.core.markdown.Html.escape(text);
    }
}
