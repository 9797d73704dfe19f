package io.recapstudio.core.markdown;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gives each render the {@link BundleImages} of its bundle folder. One provider lives as long as the renderer, so
 * what it learns from disk (image sizes, processed images) is reused by the next render.
 */
public final class BundleImagesProvider implements Function<Optional<Path>, BundleImages> {

    @Override
    public BundleImages apply(Optional<Path> bundleDir) {
        return new InterimBundleImages(bundleDir.orElse(null));
    }
}
