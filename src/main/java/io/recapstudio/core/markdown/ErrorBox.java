package io.recapstudio.core.markdown;

/** The red box the preview shows where a shortcode failed: which call, what is wrong, what to do. */
public final class ErrorBox {

    private ErrorBox() {
    }

    /** The box for {@code call} failing with {@code message}. */
    public static String html(ShortcodeInvocation call, String message) {
        return "<div class=\"rs-error\" role=\"alert\"><div class=\"rs-error-title\">" + escape(label(call))
                + "</div><div class=\"rs-error-message\">" + escape(message) + "</div></div>";
    }

    private static String label(ShortcodeInvocation call) {
        String open = call.markdown() ? "{{% " : "{{< ";
        String close = call.markdown() ? " %}}" : " >}}";
        return "Line " + call.line() + ": " + open + call.describe() + close;
    }

    private static String escape(String text) {
        return Html.escape(text);
    }
}
