package io.recapstudio.core.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Glob matching on {@code /}-separated paths: {@code *} stays in one segment, {@code **} crosses, {@code {a,b}}. */
final class Globs {

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Globs() {
    }

    static boolean matches(String glob, String path) {
        return CACHE.computeIfAbsent(glob, Globs::compile).matcher(path).matches();
    }

    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                re.append(twice ? ".*" : "[^/]*");
                i += twice ? 1 : 0;
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '{') {
                depth++;
                re.append("(?:");
            } else if (c == '}' && depth > 0) {
                depth--;
                re.append(')');
            } else if (c == ',' && depth > 0) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
