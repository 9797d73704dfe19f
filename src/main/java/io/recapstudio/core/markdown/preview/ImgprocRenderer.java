package io.recapstudio.core.markdown.preview;

import static io.recapstudio.core.markdown.Html.escape;

import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ImageSpecException;
import io.recapstudio.core.markdown.BundleImages;
import io.recapstudio.core.markdown.ErrorBox;
import io.recapstudio.core.markdown.ShortcodeContext;
import io.recapstudio.core.markdown.ShortcodeException;
import io.recapstudio.core.markdown.ShortcodeInvocation;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import io.recapstudio.core.text.RuleId;
import io.recapstudio.core.text.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Docsy's {@code imgproc}: the bundle image {@code .Resources.GetMatch "**NAME*"} finds, processed with the command
 * and the options of the third argument, in Docsy's figure markup with Hugo's width and height; the inner content is
 * the caption, as it is (HTML allowed), followed by the image's {@code byline} param as Docsy shows it.
 */
final class ImgprocRenderer implements ShortcodeRenderer {

    private final SpecMemo<List<String>> specs = new SpecMemo<>(ImageSpec::forImgproc);

    @Override
    public String render(ShortcodeInvocation call, ShortcodeContext context) throws ShortcodeException {
        String name = call.get(0).orElseThrow(() -> new ShortcodeException(RuleId.IMGPROC_ARGUMENTS.id(),
                "imgproc needs an image name, a command and options: {{< imgproc NAME Resize \"600x\" >}}"));
        ImageSpec spec = spec(call, context);
        if (!context.images().isPageBundle()) {
            throw new ShortcodeException(RuleId.IMGPROC_NO_BUNDLE.id(), "this post is not the index.md of a page bundle, so"
                    + " Hugo gives it no images: save it as index.md in a folder beside its images");
        }
        List<BundleImages.Resource> matches = context.images().match("**" + name + "*");
        if (matches.isEmpty()) {
            throw new ShortcodeException(RuleId.IMGPROC_NO_MATCH.id(), "no image in the bundle matches \"" + name
                    + "\" (Docsy looks for **" + name + "*, and Hugo's build fails): add the image to the bundle or"
                    + " fix the name");
        }
        BundleImages.Resource image = matches.get(0);
        String figure = figure(context.images().process(image, spec), image, call, context);
        if (matches.size() == 1) {
            return figure;
        }
        String message = "\"" + name + "\" matches " + matches.stream().map(BundleImages.Resource::name)
                .collect(Collectors.joining(", ")) + "; Hugo uses the first, " + image.name()
                + ". Give a longer name so only one image matches.";
        context.report(Severity.WARNING, RuleId.IMGPROC_AMBIGUOUS.id(), message);
        return ErrorBox.html(call, message) + "\n" + figure;
    }

    /** The spec as Docsy passes it to Hugo; what Hugo ignores is reported as a warning. */
    private ImageSpec spec(ShortcodeInvocation call, ShortcodeContext context) throws ShortcodeException {
        try {
            ImageSpec spec = specs.get(call.positional());
            spec.warnings().forEach(warning -> context.report(Severity.WARNING, RuleId.IMGPROC_SPEC.id(), warning));
            return spec;
        } catch (ImageSpecException e) {
            throw new ShortcodeException(RuleId.IMGPROC_SPEC.id(), e.getMessage(), e);
        }
    }

    private static String figure(BundleImages.Processed image, BundleImages.Resource resource,
                                 ShortcodeInvocation call, ShortcodeContext context) {
        StringBuilder html = new StringBuilder()
                .append("<figure class=\"card rounded p-2 td-post-card mb-4 mt-4\" style=\"max-width: ")
                .append(image.width() + 10).append("px\">\n")
                .append("<img class=\"card-img-top\" src=\"").append(escape(context.urlFor(image.file())))
                .append("\" width=\"").append(image.width()).append("\" height=\"").append(image.height())
                .append("\">\n");
        String caption = call.inner().orElse("");
        if (!caption.isEmpty()) {
            html.append("<figcaption class=\"card-body px-0 pt-2 pb-0\">\n<p class=\"card-text\">")
                    .append(caption.strip());
            Object byline = resource.params().get("byline");
            if (byline != null) {
                html.append("<small class=\"text-muted\"><br/>").append(escape(byline.toString())).append("</small>");
            }
            html.append("</p>\n</figcaption>\n");
        }
        return html.append("</figure>").toString();
    }
}
