/**
 * Images for Hugo page bundles: Hugo's processing spec ({@link io.recapstudio.core.image.ImageSpec}) and its exact
 * output sizes ({@link io.recapstudio.core.image.HugoGeometry}), processing with imgscalr
 * ({@link io.recapstudio.core.image.ImageProcessor}) and a cache for the preview
 * ({@link io.recapstudio.core.image.ProcessedImageCache}), user crops ({@link io.recapstudio.core.image.ImageCropper},
 * {@link io.recapstudio.core.image.CropMath}), import into a bundle with EXIF orientation baked in and GPS stripped
 * ({@link io.recapstudio.core.image.ImageImporter}), header-only facts ({@link io.recapstudio.core.image.ImageInfo})
 * and thumbnails from a subsampled decode ({@link io.recapstudio.core.image.Thumbnails}).
 *
 * <p>No JavaFX here: everything runs headless, from the CLI and in plain JUnit. Every problem surfaces as an
 * {@link io.recapstudio.core.image.ImageException} whose message names the file and says what to do.
 */
package io.recapstudio.core.image;
