package io.recapstudio.cli;

import io.recapstudio.core.image.ImageException;
import io.recapstudio.core.image.ImageProcessor;
import io.recapstudio.core.image.ImageSpec;
import io.recapstudio.core.image.Size;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recap image SRC --spec "CMD OPTIONS" [-o OUT]}: Hugo's Resize/Fit/Fill/Crop on one image. Prints the
 * result's size as {@code WIDTHxHEIGHT} on its last line and writes OUT when given.
 */
@Command(name = "image", mixinStandardHelpOptions = true,
        description = {"Apply a Hugo image processing spec (Resize, Fit, Fill, Crop) to an image.",
            "Prints the result's size as WIDTHxHEIGHT on the last line; writes it to OUT when -o is given."})
final class ImageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SRC", description = "The source image (JPEG, PNG, GIF, WebP, TIFF or BMP).")
    Path source;

    @Option(names = "--spec", required = true, paramLabel = "\"CMD OPTIONS\"",
            description = "As in Hugo/Docsy, e.g. \"Resize 600x\", \"Fill 600x400 Center q80\", \"Crop 300x200 r90\".")
    String imageSpec;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the result here; the format comes from OUT's extension, else from the spec or SRC "
                    + "(WebP is written lossy at the quality of the spec, as Hugo does).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ImageSpec parsed = ImageSpec.parse(imageSpec);
            ImageProcessor processor = new ImageProcessor();
            Size size;
            if (output != null) {
                size = processor.write(source, parsed, output);
                out.println("wrote " + output);
            } else {
                size = processor.process(source, parsed).size();
            }
            out.println(size);
            out.flush();
            return RecapCommand.OK;
        } catch (ImageException e) {
            err.println("recap image: " + e.getMessage());
            err.flush();
            return RecapCommand.USAGE_OR_IO;
        }
    }
}
