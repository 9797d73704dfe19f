package io.recapstudio.core.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link BundlePath#resolve}: the steps in the order a browser and a file system take them. */
final class BundlePathResolver {

    /** Browsers drop ASCII tabs and newlines anywhere in a URL, and C0 controls and spaces around it. */
    private static final Pattern URL_IGNORED = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern DRIVE = Pattern.compile("[a-zA-Z]:");

    private BundlePathResolver() {
    }

    static BundlePath resolve(Path bundleFolder, String reference) {
        String ref = asBrowserReads(reference);
        if (ref.isEmpty() || ref.startsWith("#") || ref.contains("{{")) {
            return new BundlePath.NotAFile(reference);
        }
        ref = ref.replace('\\', '/');
        Optional<String> scheme = scheme(ref);
        if (scheme.isPresent()) {
            String name = scheme.get();
            return switch (name) {
                case "http", "https" -> new BundlePath.Remote(ref);
                case "data" -> new BundlePath.Embedded();
                case "file" -> new BundlePath.Outside("is a file: URL, which can name any file on the computer");
                default -> name.length() == 1
                        ? new BundlePath.Outside("is a path on drive " + name.toUpperCase(Locale.ROOT) + ":")
                        : new BundlePath.NotAFile(reference);
            };
        }
        if (ref.startsWith("//")) {
            return new BundlePath.Remote(ref);
        }
        String path = decode(ref.replaceFirst("[?#].*$", "")).replace('\\', '/');
        if (path.indexOf('\0') >= 0) {
            return new BundlePath.NotAFile(reference);
        }
        if (path.startsWith("/")) {
            return new BundlePath.SiteRoot(path);
        }
        if (path.startsWith("~")) {
            return new BundlePath.Outside("starts with ~ (a home folder)");
        }
        return inBundle(bundleFolder, path);
    }

    private static BundlePath inBundle(Path bundleFolder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return new BundlePath.Outside(BundlePath.Outside.CLIMBS_OUT);
                }
                parts.removeLast();
            } else if (DRIVE.matcher(part).matches()) {
                return new BundlePath.Outside("names a drive");
            } else {
                parts.addLast(part);
            }
        }
        String name = String.join("/", parts);
        if (PageBundle.isIgnored(name)) {
            return new BundlePath.Hidden(name);
        }
        return name.isEmpty() ? new BundlePath.Missing(name) : onDisk(bundleFolder, name);
    }

    private static BundlePath onDisk(Path bundleFolder, String name) {
        Path candidate;
        try {
            candidate = bundleFolder.resolve(name);
        } catch (InvalidPathException e) {
            return new BundlePath.NotAFile(name);
        }
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return new BundlePath.Missing(name);
        }
        try {
            Path real = candidate.toRealPath();
            if (!BundlePath.isInside(bundleFolder, real)) {
                return new BundlePath.Outside("is a symbolic link, or in a linked folder, that leads out of the "
                        + "bundle");
            }
            return Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? new BundlePath.Inside(real, name)
                    : new BundlePath.Missing(name);
        } catch (IOException e) {
            return new BundlePath.Missing(name); // a dangling link, or unreadable: nothing is read either way
        }
    }

    static Optional<String> scheme(String url) {
        Matcher scheme = SCHEME.matcher(url);
        return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static String asBrowserReads(String url) {
        String text = URL_IGNORED.matcher(url).replaceAll("");
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    /** Percent-decoding as browsers do it: each valid {@code %XX} is a byte, anything else stays as it is. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = i + 2 < text.length() && c == '%' ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
                continue;
            }
            flush(bytes, out);
            out.append(c);
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }
}
