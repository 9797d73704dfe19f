package io.recapstudio.core.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A Hugo image processing spec: a command ({@code Resize}, {@code Fit}, {@code Fill}, {@code Crop}) and its options
 * as Hugo reads them: space-separated, in any order, case-insensitive — size ({@code 600x}, {@code x400},
 * {@code 600x400}), anchor ({@code TopLeft} … {@code BottomRight}, {@code Center}, {@code Smart}), target format
 * ({@code jpg}, {@code png}, {@code gif}, {@code webp}, {@code tif}, {@code bmp}), quality ({@code q1}–{@code q100}),
 * rotation counter-clockwise in degrees ({@code r90}), background ({@code #fff}, {@code #ffffff}), filter
 * ({@code box}, {@code lanczos}, …) and WebP hint ({@code photo}, {@code drawing}, …).
 *
 * <p>Fields a spec leaves out are null (or 0 for sizes and rotation); {@link ImagingDefaults} supplies them.
 *
 * @param command    what to do
 * @param width      target width, 0 when not given (Resize keeps the aspect ratio from the height)
 * @param height     target height, 0 when not given
 * @param anchor     where Fill and Crop keep the image, null for the site default (Smart)
 * @param format     target format, null for the source's format
 * @param quality    JPEG/WebP quality 1–100, null for the site default (75)
 * @param rotation   degrees counter-clockwise, applied before the size math; 0 for none
 * @param background fill colour for transparency, null for none (white when converting to JPEG)
 * @param filter     resampling filter, null for the site default (Box)
 * @param hint       WebP encoding hint, null for {@code photo}
 * @param warnings   what Hugo accepts but ignores or reads surprisingly (unknown options, a zero side); only
 *                   {@link #parseLenient} returns a spec with warnings
 */
public record ImageSpec(ImageCommand command, int width, int height, Anchor anchor, ImageFormat format,
                        Integer quality, int rotation, Rgb background, ResampleFilter filter, EncodingHint hint,
                        List<String> warnings) {

    public ImageSpec {
        if (command == null) {
            throw new IllegalArgumentException("command is required");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A spec with only a command and a size; the rest from the site defaults. */
    public static ImageSpec of(ImageCommand command, int width, int height) {
        return new ImageSpec(command, width, height, null, null, null, 0, null, null, null, List.of());
    }

    /**
     * Parses {@code "CMD OPTIONS"}, e.g. {@code "Fill 600x400 Center q80"}; the command is case-insensitive.
     *
     * @throws ImageSpecException for anything Hugo rejects, and also for what Hugo silently ignores (an unknown
     *                            option, {@code 600} without {@code x}, a zero side): see
     *                            {@link ImageSpecException#hugoFailsBuild()}
     */
    public static ImageSpec parse(String spec) {
        String trimmed = spec == null ? "" : spec.strip();
        String[] parts = trimmed.split("\\s+", 2);
        return parse(parts[0], parts.length > 1 ? parts[1] : "");
    }

    /**
     * Parses a command and its options as Docsy's {@code imgproc} passes them ({@code .Get 1} and {@code .Get 2}).
     * Strict: see {@link #parse(String)}.
     */
    public static ImageSpec parse(String command, String options) {
        String written = ((command == null ? "" : command) + " " + (options == null ? "" : options)).strip();
        ImageCommand cmd = ImageCommand.parse(command).orElseThrow(() -> new ImageSpecException(written,
                (command == null || command.isBlank() ? "no command" : "unknown command \"" + command + "\"")
                        + ": use Resize, Fit, Fill or Crop, e.g. \"Fill 600x400 Center\"", true));
        ImageSpec parsed = parseLenient(cmd, options, written);
        if (!parsed.warnings.isEmpty()) {
            throw new ImageSpecException(written, parsed.warnings.get(0), false);
        }
        return parsed;
    }

    /**
     * Parses options exactly as Hugo does: throws only where Hugo fails the build, and records what Hugo ignores in
     * {@link #warnings()}.
     */
    public static ImageSpec parseLenient(ImageCommand command, String options) {
        return parseLenient(command, options, (command.hugoName() + " " + (options == null ? "" : options)).strip());
    }

    private static ImageSpec parseLenient(ImageCommand command, String options, String written) {
        SpecTokens t = new SpecTokens(command, written);
        String opts = options == null ? "" : options.strip();
        if (opts.isEmpty()) {
            throw new ImageSpecException(written, "no options: " + t.example(), true);
        }
        for (String token : opts.split("\\s+")) {
            t.read(token);
        }
        return t.finish();
    }

    /**
     * The spec a Docsy {@code imgproc} call asks for, from the call's positional arguments
     * ({@code NAME CMD OPTS}): Docsy compares CMD case-sensitively and passes only the third argument to Hugo, so
     * {@code {{< imgproc pic Fill 600x400 Center >}}} asks for {@code Fill 600x400} (a warning says that
     * {@code Center} is ignored and that the options need quotes). Options are read as Hugo reads them
     * ({@link #parseLenient}).
     *
     * @throws ImageSpecException where Docsy or Hugo fails the build (unknown command, missing or invalid options)
     */
    public static ImageSpec forImgproc(List<String> positional) {
        String written = String.join(" ", positional.subList(Math.min(1, positional.size()), positional.size()));
        String command = positional.size() > 1 ? positional.get(1) : "";
        ImageCommand cmd = ImageCommand.fromDocsy(command).orElseThrow(() -> new ImageSpecException(written,
                "Docsy's imgproc fails the build on the command \"" + command + "\": it must be exactly Fit, Fill, "
                        + "Crop or Resize (case-sensitive)", true));
        String options = positional.size() > 2 ? positional.get(2) : "";
        ImageSpec spec = parseLenient(cmd, options, written);
        if (positional.size() <= 3) {
            return spec;
        }
        List<String> warnings = new ArrayList<>(spec.warnings);
        String extra = String.join(" ", positional.subList(3, positional.size()));
        warnings.add("Docsy passes only the third argument to Hugo, so \"" + extra + "\" is ignored: quote the "
                + "options, e.g. \"" + options + " " + extra + "\"");
        return new ImageSpec(cmd, spec.width, spec.height, spec.anchor, spec.format, spec.quality, spec.rotation,
                spec.background, spec.filter, spec.hint, warnings);
    }

    /** This spec with another anchor. */
    public ImageSpec withAnchor(Anchor newAnchor) {
        return new ImageSpec(command, width, height, newAnchor, format, quality, rotation, background, filter, hint,
                warnings);
    }

    /** This spec with another target format. */
    public ImageSpec withFormat(ImageFormat newFormat) {
        return new ImageSpec(command, width, height, anchor, newFormat, quality, rotation, background, filter, hint,
                warnings);
    }

    /** The anchor, or the site default. */
    public Anchor anchor(ImagingDefaults defaults) {
        return anchor != null ? anchor : defaults.anchor();
    }

    /** The filter, or the site default. */
    public ResampleFilter filter(ImagingDefaults defaults) {
        return filter != null ? filter : defaults.filter();
    }

    /** The target format: the spec's, or the source's. */
    public ImageFormat targetFormat(ImageFormat source) {
        return format != null ? format : source;
    }

    /** The quality for a target format: the spec's or the default; empty for formats without quality. */
    public Optional<Integer> quality(ImageFormat target, ImagingDefaults defaults) {
        if (quality != null) {
            return Optional.of(quality);
        }
        return target.usesQuality() ? Optional.of(defaults.quality()) : Optional.empty();
    }

    /** The options in a canonical order, e.g. {@code 600x400 Center q80 r90 #ffffff Lanczos jpg}. */
    public String options() {
        StringJoiner j = new StringJoiner(" ");
        j.add((width > 0 ? String.valueOf(width) : "") + "x" + (height > 0 ? String.valueOf(height) : ""));
        if (anchor != null) {
            j.add(anchor.hugoName());
        }
        if (quality != null) {
            j.add("q" + quality);
        }
        if (rotation != 0) {
            j.add("r" + rotation);
        }
        if (background != null) {
            j.add(background.hex());
        }
        if (filter != null) {
            j.add(filter.hugoName());
        }
        if (hint != null) {
            j.add(hint.hugoName());
        }
        if (format != null) {
            j.add(format.extension());
        }
        return j.toString();
    }

    /** {@code CMD OPTIONS} in canonical form; {@link #parse(String)} reads it back to an equal spec. */
    @Override
    public String toString() {
        return command.hugoName() + " " + options();
    }

    /** Reads tokens in Hugo's order of precedence and collects the spec's fields. */
    private static final class SpecTokens {
        private final ImageCommand command;
        private final String written;
        private final List<String> warnings = new ArrayList<>();
        private int width;
        private int height;
        private Anchor anchor;
        private ImageFormat format;
        private Integer quality;
        private int rotation;
        private Rgb background;
        private ResampleFilter filter;
        private EncodingHint hint;
        private boolean sizeSeen;

        SpecTokens(ImageCommand command, String written) {
            this.command = command;
            this.written = written;
        }

        String example() {
            return switch (command) {
                case RESIZE -> "write a width, a height or both, e.g. \"Resize 600x\", \"Resize x400\" or "
                        + "\"Resize 600x400\"";
                case FIT -> "write the box to fit in, e.g. \"Fit 600x400\"";
                case FILL -> "write the exact output size, e.g. \"Fill 600x400 Center\"";
                case CROP -> "write the size to cut out, e.g. \"Crop 600x400 TopLeft\"";
            };
        }

        private ImageSpecException fail(String problem) {
            return new ImageSpecException(written, problem, true);
        }

        void read(String token) {
            String part = token.toLowerCase(Locale.ROOT);
            Optional<Anchor> a = Anchor.parse(part);
            Optional<ResampleFilter> f = ResampleFilter.parse(part);
            Optional<EncodingHint> h = EncodingHint.parse(part);
            if (a.isPresent()) {
                anchor = a.get();
            } else if (f.isPresent()) {
                filter = f.get();
            } else if (h.isPresent()) {
                hint = h.get();
            } else if (part.charAt(0) == '#') {
                background = Rgb.parseHex(part.substring(1));
                if (background == null) {
                    throw fail("background \"" + token + "\" is not a colour: write #rgb or #rrggbb, e.g. #ffffff");
                }
            } else if (part.charAt(0) == 'q') {
                quality = integer(token, part.substring(1), "quality is q followed by 1 to 100, e.g. q80");
                if (quality < 1 || quality > 100) {
                    throw fail("quality \"" + token + "\" is out of range: it ranges from q1 to q100");
                }
            } else if (part.charAt(0) == 'r') {
                rotation = integer(token, part.substring(1), "rotation is r followed by degrees, e.g. r90");
            } else if (part.indexOf('x') >= 0) {
                readSize(token, part);
            } else {
                Optional<ImageFormat> fmt = ImageFormat.fromExtension(part);
                if (fmt.isPresent()) {
                    format = fmt.get();
                } else {
                    warnings.add(unknown(token, part));
                }
            }
        }

        private String unknown(String token, String part) {
            if (part.chars().allMatch(Character::isDigit)) {
                return "size \"" + token + "\" has no \"x\" (Hugo ignores it): write " + token + "x for a width, x"
                        + token + " for a height, or WIDTHxHEIGHT";
            }
            return "unknown option \"" + token + "\" (Hugo ignores it); options are a size (600x400), an anchor "
                    + "(TopLeft … BottomRight, Center, Smart), a format (jpg, png, gif, webp, tif, bmp), a quality "
                    + "(q80), a rotation (r90), a background (#ffffff) and a filter (box, lanczos, …)";
        }

        private int integer(String token, String digits, String help) {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw fail("\"" + token + "\" is not a number: " + help);
            }
        }

        private void readSize(String token, String part) {
            String[] sides = part.split("x", -1);
            if (sides.length > 2) {
                throw fail("size \"" + token + "\" has more than two sides: write WIDTHxHEIGHT, e.g. 600x400");
            }
            String help = "a size is WIDTHx, xHEIGHT or WIDTHxHEIGHT in pixels, e.g. 600x400";
            if (sizeSeen) {
                warnings.add("two sizes in one spec (Hugo merges them): keep one, " + help);
            }
            sizeSeen = true;
            if (!sides[0].isEmpty()) {
                width = integer(token, sides[0], help);
            }
            if (!sides[1].isEmpty()) {
                height = integer(token, sides[1], help);
            }
            if (width < 0 || height < 0) {
                throw fail("size \"" + token + "\" is negative: " + help);
            }
            boolean zeroWritten = sides[0].matches("[+-]?0+") || sides[1].matches("[+-]?0+");
            if (zeroWritten && command == ImageCommand.RESIZE && (width > 0 || height > 0)) {
                warnings.add("size \"" + token + "\" has a zero side: leave it out to keep the aspect ratio, e.g. "
                        + (width > 0 ? width + "x" : "x" + height));
            }
        }

        ImageSpec finish() {
            boolean both = width > 0 && height > 0;
            if (command == ImageCommand.RESIZE && width == 0 && height == 0) {
                throw fail(warnings.isEmpty() ? "no size: " + example() : warnings.get(0));
            }
            if (command != ImageCommand.RESIZE && !both) {
                String problem = width == 0 && height == 0 && !warnings.isEmpty() ? warnings.get(0)
                        : command.hugoName() + " needs both width and height";
                throw fail(problem + ": " + example());
            }
            return new ImageSpec(command, width, height, anchor, format, quality, rotation, background, filter,
                    hint, warnings);
        }
    }
}
