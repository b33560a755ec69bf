package dev.parley.conversation.domain;

import java.util.List;

/**
 * What the webchat customer was doing, as last recorded ({@code ConversationWebchatContext}).
 *
 * @param cart         the customer's cart; optional
 * @param currentUrl   the page the customer is on; optional
 * @param pageViews    pages viewed in this visit
 * @param sessionStart how the visit began; optional
 * @param sessionUtm   the visit's campaign data; optional
 */
public record WebchatContext(
        Cart cart,
        String currentUrl,
        List<PageView> pageViews,
        SessionStart sessionStart,
        SessionUtm sessionUtm) {

    /** The context of a conversation with none recorded (UltraCart answers {@code {}}). */
    public static final WebchatContext EMPTY = new WebchatContext(null, null, List.of(), null, null);

    /**
     * Creates the value, checking its components.
     *
     * @param cart the customer's cart; optional
     * @param currentUrl the page the customer is on; optional
     * @param pageViews pages viewed in this visit
     * @param sessionStart how the visit began; optional
     * @param sessionUtm the visit's campaign data; optional
     * @throws IllegalArgumentException when a page view is null
     */
    public WebchatContext {
        pageViews = Checks.list(pageViews, "page views");
    }

    /**
     * Whether nothing has been recorded.
     *
     * @return true when no field holds a value
     */
    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
