package io.recapstudio.core.text;

import java.util.Locale;

/** How bad a diagnostic is. Errors stop an export; warnings and infos do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word {@code cli.md} prints: error, warning, info. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
