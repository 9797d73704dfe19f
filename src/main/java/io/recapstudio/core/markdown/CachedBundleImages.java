package io.recapstudio.core.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** One render's view of a bundle's images, over the provider's cached listing and processed images. */
final class CachedBundleImages implements BundleImages {

    private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();

    private final Path dir;
    private final BundleImagesProvider.Listing listing;
    private final BundleImagesProvider provider;

    CachedBundleImages(Path dir, BundleImagesProvider.Listing listing, BundleImagesProvider provider) {
        this.dir = dir;
        this.listing = listing;
        this.provider = provider;
    }

    @Override
    public List<Path> match(String pattern) {
        Pattern glob = GLOBS.computeIfAbsent(pattern, CachedBundleImages::compile);
        List<Path> matches = new ArrayList<>();
        for (String name : listing.names()) {
            if (glob.matcher(name).matches()) {
                matches.add(dir.resolve(name));
            }
        }
        return matches;
    }

    @Override
    public ProcessedImage process(Path source, String command, String options) throws ShortcodeException {
        return provider.process(source, command, options);
    }

    @Override
    public ProcessedImage original(Path source) throws ShortcodeException {
        return provider.process(source, null, null);
    }

    /** A Hugo resource glob as a regular expression: case-insensitive, {@code *} within a folder, {@code **} across. */
    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                regex.append("(?:");
            } else if (c == '}') {
                regex.append(')');
            } else if (c == ',') {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
