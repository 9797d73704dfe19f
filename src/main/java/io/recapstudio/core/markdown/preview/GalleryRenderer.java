package io.recapstudio.core.markdown.preview;

import io.recapstudio.core.text.RuleId;
import static io.recapstudio.core.markdown.Html.escape;

import io.recapstudio.core.markdown.BundleImages;
import io.recapstudio.core.markdown.ShortcodeException;
import io.recapstudio.core.markdown.ShortcodeInvocation;
import io.recapstudio.core.markdown.ShortcodeRenderer;
import io.recapstudio.core.image.ImageCommand;
import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.ImageSpecException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * hugo-shortcode-gallery's {@code gallery}: the bundle images its {@code match} glob finds (all images by default),
 * sorted by name in {@code sortOrder}, as thumbnails made with Fit and its resize options, laid out as a justified
 * grid of rows about {@code rowHeight} pixels high with {@code margins} between them. Done in CSS (flex rows where
 * each thumbnail grows by its aspect ratio), so it needs no script and keeps its height while images load.
 */
final class GalleryRenderer implements ShortcodeRenderer {

    static final String DEFAULT_RESIZE = "300x150 q85 Lanczos";

    private final SpecMemo<String> specs = new SpecMemo<>(resize -> ImageSpec.parseLenient(ImageCommand.FIT, resize));

    @Override
    public String render(ShortcodeInvocation call, io.recapstudio.core.markdown.ShortcodeContext context)
            throws ShortcodeException {
        Optional<String> pattern = call.get("match");
        boolean descending = call.get("sortOrder").map(o -> o.toLowerCase(Locale.ROOT).equals("desc")).orElse(false);
        int rowHeight = number(call, "rowHeight", 150);
        int margins = number(call, "margins", 5);
        String resize = call.get("resizeOptions").or(() -> call.get("thumbnailResizeOptions")).orElse(DEFAULT_RESIZE);
        // All the bundle's images, or those the match glob finds (non-images skipped), sorted by .Name.
        List<BundleImages.Resource> images = new ArrayList<>(context.images().match(pattern.orElse("**")).stream()
                .filter(BundleImages.Resource::image).toList());
        if (images.isEmpty()) {
            throw new ShortcodeException(RuleId.GALLERY_EMPTY.id(), pattern.map(p -> "gallery match=\"" + p + "\" finds no image"
                    + " in the bundle: fix the pattern (e.g. \"photos/*\") or add the photos")
                    .orElse("gallery finds no image in the bundle: add the photos beside index.md"));
        }
        Comparator<BundleImages.Resource> byName = Comparator.comparing(BundleImages.Resource::name);
        images.sort(descending ? byName.reversed() : byName);
        ImageSpec thumbnailSpec = thumbnailSpec(resize);
        StringBuilder html = new StringBuilder("<div class=\"rs-gallery\" style=\"--rs-row-height: ")
                .append(rowHeight).append("px; --rs-margin: ").append(margins).append("px\">\n");
        for (BundleImages.Resource image : images) {
            BundleImages.Processed thumbnail = context.images().process(image, thumbnailSpec);
            double ratio = (double) thumbnail.width() / thumbnail.height();
            html.append("<a class=\"rs-gallery-item\" title=\"").append(escape(image.name()))
                    .append("\" style=\"flex-grow: ").append(format(ratio * 100)).append("; width: ")
                    .append(format(ratio * rowHeight)).append("px\"><i style=\"padding-bottom: ")
                    .append(format(100 / ratio)).append("%\"></i><img src=\"")
                    .append(escape(context.urlFor(thumbnail.file()))).append("\" width=\"").append(thumbnail.width())
                    .append("\" height=\"").append(thumbnail.height()).append("\" alt=\"\"></a>\n");
        }
        return html.append("</div>").toString();
    }

    /** The thumbnails: Fit with the resize options, as the gallery's template asks Hugo. */
    private ImageSpec thumbnailSpec(String resize) throws ShortcodeException {
        try {
            return specs.get(resize);
        } catch (ImageSpecException e) {
            throw new ShortcodeException(RuleId.GALLERY_ARGUMENTS.id(), "gallery resizeOptions: " + e.getMessage(), e);
        }
    }

    private static int number(ShortcodeInvocation call, String name, int fallback) throws ShortcodeException {
        String value = call.get(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ShortcodeException(RuleId.GALLERY_ARGUMENTS.id(), "gallery " + name + "=\"" + value
                    + "\" is not a whole number of pixels: write e.g. " + name + "=\"" + fallback + "\"");
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
