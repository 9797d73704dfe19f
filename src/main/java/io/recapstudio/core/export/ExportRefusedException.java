package io.recapstudio.core.export;

/**
 * An export refused because of what is at the target (an existing folder that is not a page bundle, a bundle that
 * appeared meanwhile, another export writing there) or because the checks found errors: nothing was written, and
 * the message says what to do. The command line exits 1 for it, as for any refused export.
 */
public final class ExportRefusedException extends ExportException {

    public ExportRefusedException(String message) {
        super(message);
    }
}
