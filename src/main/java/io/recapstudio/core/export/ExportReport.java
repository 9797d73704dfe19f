package io.recapstudio.core.export;

import java.nio.file.Path;

/**
 * What an export did.
 *
 * @param bundleDir the bundle folder written
 * @param files     how many files it holds now
 * @param bytes     how many bytes were written
 * @param replaced  whether a bundle that was there before was replaced
 */
public record ExportReport(Path bundleDir, int files, long bytes, boolean replaced) {
}
