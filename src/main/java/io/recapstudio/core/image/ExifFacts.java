package io.recapstudio.core.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The metadata facts import cares about, read with metadata-extractor (ImageIO reads neither): the EXIF orientation
 * (1–8), whether the file carries a location (an EXIF GPS directory, or GPS fields in XMP), and whether the metadata
 * could be read completely. Unreadable metadata means orientation 1 and {@code complete} false: it never makes an
 * image unusable, but it may hide a location, so stripping the location then re-encodes the pixels (fails closed).
 */
record ExifFacts(int orientation, boolean hasLocation, boolean complete) {

    static final ExifFacts NONE = new ExifFacts(1, false, true);

    static ExifFacts read(Path file) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException | StackOverflowError e) {
            return new ExifFacts(1, false, false);
        }
        int orientation = 1;
        for (ExifIFD0Directory ifd0 : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            if (value != null && value >= 1 && value <= 8) {
                orientation = value;
                break;
            }
        }
        boolean location = false;
        for (Directory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            location |= gps.getTagCount() > 0;
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            location |= xmp.getXmpProperties().keySet().stream()
                    .anyMatch(k -> k.toLowerCase(Locale.ROOT).contains("gps"));
        }
        return new ExifFacts(orientation, location, !metadata.hasErrors());
    }
}
