package io.recapstudio.core.shortcode;

import io.recapstudio.core.text.TextRange;
import java.util.List;

/**
 * One tag as read from the text, before pairing: an opening tag (possibly self-closing) or a closing tag.
 *
 * @param delimiter   the opening delimiter
 * @param range       the tag from {@code {{<} to {@code >}}} (to its last token when it is never closed)
 * @param closing     true for {@code {{< /name >}}}
 * @param selfClosing true for {@code {{< name />}}}
 * @param name        the shortcode name
 * @param nameRange   where the name is
 * @param arguments   the arguments in source order
 */
record Tag(Delimiter delimiter, TextRange range, boolean closing, boolean selfClosing, String name,
           TextRange nameRange, List<Argument> arguments) {

    Tag {
        arguments = List.copyOf(arguments);
    }

    /** The tag as people write it, for messages: {@code {{< /imgproc >}}}. */
    String display() {
        return delimiter.open() + " " + (closing ? "/" : "") + name + " " + delimiter.close();
    }
}
