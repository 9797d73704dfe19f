package io.recapstudio.core.frontmatter;

import java.util.List;

/** The conventions a TOML front matter block already follows: quotes, spacing around {@code =}, indentation, dates. */
final class TomlConventions {

    private TomlConventions() {
    }

    static TomlWriter writer(String text, List<TomlLayout.Statement> statements, String lineEnding) {
        int single = 0;
        int dbl = 0;
        boolean arrayPad = false;
        boolean arraySeen = false;
        DateStyle dateStyle = null;
        boolean dateQuoted = false;
        for (TomlLayout.Statement s : statements) {
            if (s.isHeader()) {
                continue;
            }
            String value = s.valueRange().of(text);
            if (value.startsWith("'")) {
                single++;
            } else if (value.startsWith("\"")) {
                dbl++;
            }
            if (!arraySeen && value.startsWith("[") && value.length() > 2 && !value.contains("\n")) {
                arraySeen = true;
                arrayPad = value.charAt(1) == ' ';
            }
            boolean quoted = value.startsWith("'") || value.startsWith("\"");
            String raw = quoted && value.length() >= 2 ? value.substring(1, value.length() - 1) : value;
            FrontMatterDate date = FrontMatterDate.parse(raw).orElse(null);
            if (date != null && (dateStyle == null || s.key().get(s.key().size() - 1).equalsIgnoreCase("date"))) {
                dateStyle = date.style();
                dateQuoted = quoted;
            }
        }
        return new TomlWriter(single > dbl ? '\'' : '"', arrayPad, dateStyle, dateQuoted, lineEnding);
    }

    /** The text between key and value the file uses, {@code " = "} by default. */
    static String separator(String text, List<TomlLayout.Statement> statements) {
        for (TomlLayout.Statement s : statements) {
            if (!s.isHeader()) {
                String between = text.substring(s.keyRange().end(), s.valueRange().start());
                if (between.strip().equals("=")) {
                    return between;
                }
            }
        }
        return " = ";
    }

    /** The indentation of keys inside table {@code table} (or inside any table when it has no keys yet). */
    static String indentIn(String text, List<TomlLayout.Statement> statements, List<String> table) {
        String any = null;
        for (TomlLayout.Statement s : statements) {
            if (s.isHeader() || s.table().isEmpty()) {
                continue;
            }
            String indent = text.substring(s.lines().start(), s.keyRange().start());
            if (TomlEditor.equalsFolded(s.table(), table)) {
                return indent;
            }
            any = any == null ? indent : any;
        }
        return table.isEmpty() || any == null ? "" : any;
    }
}
