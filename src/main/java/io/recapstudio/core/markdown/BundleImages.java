package io.recapstudio.core.markdown;

import io.recapstudio.core.image.ImageSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A post's page resources as Hugo's templates see them ({@code .Resources}, with the post's {@code resources}
 * metadata applied), and Hugo's image processing on them. One per render.
 */
public interface BundleImages {

    /**
     * Hugo's {@code .Resources.Match PATTERN}: every resource whose name matches the glob (case-insensitive;
     * {@code *} stays inside a folder, {@code **} crosses folders), in Hugo's {@code .Resources} order.
     */
    List<Resource> match(String pattern);

    /**
     * True when the post is a bundle's {@code index.md}: only then does Hugo give it resources (a single {@code .md}
     * page, or a post not saved in a bundle, has none).
     */
    boolean isPageBundle();

    /** Hugo's {@code .Resources.GetMatch PATTERN}: the first resource {@link #match} finds. */
    default Optional<Resource> getMatch(String pattern) {
        return match(pattern).stream().findFirst();
    }

    /**
     * Hugo's {@code $image.Resize/Fit/Fill/Crop}: the processed image, at exactly the size Hugo produces.
     *
     * @throws ShortcodeException when the image cannot be read or processed (the message says why)
     */
    Processed process(Resource image, ImageSpec spec) throws ShortcodeException;

    /**
     * One page resource.
     *
     * @param name   {@code .Name}: the path inside the bundle, or the name the {@code resources} metadata gives
     * @param file   the file on disk
     * @param image  true when Hugo's resource type is {@code image}
     * @param params {@code .Params} from the {@code resources} metadata (keys lower-cased, as Hugo has them)
     */
    record Resource(String name, Path file, boolean image, Map<String, Object> params) {
    }

    /**
     * A processed image.
     *
     * @param file   where the processed pixels are (a cache file) for the page to show
     * @param width  Hugo's output width: the {@code width} attribute Hugo writes
     * @param height Hugo's output height
     */
    record Processed(Path file, int width, int height) {
    }
}
