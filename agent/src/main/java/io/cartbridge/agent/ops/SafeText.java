package io.cartbridge.agent.ops;

/** Text for health details and alerts: the root cause's message, any password in a URL masked, cut to a length. */
final class SafeText {

    private SafeText() {
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return mask(message);
    }

    static String mask(String text) {
        return text == null ? null : text.replaceAll("(?i)(password=)[^&;\\s]*", "$1****");
    }

    /** {@return the text, cut to {@code max} characters with an ellipsis} */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
