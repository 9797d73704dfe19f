package io.recapstudio.core.export;

/** The user cancelled the export; the target is as it was before. */
public final class ExportCancelledException extends ExportException {

    public ExportCancelledException() {
        super("export cancelled; the target was left as it was");
    }
}
