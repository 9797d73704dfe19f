package io.recapstudio.core.check;

/**
 * A check was cancelled between two rules (its text is out of date: the editor has newer text); it found nothing
 * anyone should see.
 */
public final class CheckCancelledException extends RuntimeException {

    public CheckCancelledException() {
        super("check cancelled: the text changed", null, false, false);
    }
}
